/** Lookups of procurement records and the catalog products and inventory warehouses they use, on the primary unit. */
package org.pharmadist.procurement.infrastructure;
