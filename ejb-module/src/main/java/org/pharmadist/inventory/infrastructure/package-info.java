/** JPA access and row locks of the inventory services ({@link org.pharmadist.inventory.infrastructure.InventoryStore}). */
package org.pharmadist.inventory.infrastructure;
