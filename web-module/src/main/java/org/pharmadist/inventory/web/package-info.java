/**
 * The inventory screens of the portal ({@code webapp/inventory/*.xhtml}, Inventory menu): stock by product and lot
 * with expiry highlighting and ATP ({@link org.pharmadist.inventory.web.StockView}), a lot with its ledger and quality
 * decisions ({@link org.pharmadist.inventory.web.LotPageView}), transfers
 * ({@link org.pharmadist.inventory.web.TransferView}), cycle counts ({@link org.pharmadist.inventory.web.CycleCountView}),
 * the near-expiry report and stock valuation ({@link org.pharmadist.inventory.web.InventoryReportsView}), warehouses and
 * locations ({@link org.pharmadist.inventory.web.WarehousesView}).
 *
 * <p>Every figure and rule comes from the inventory services ({@code org.pharmadist.inventory.application}); the beans
 * only check that typed input is complete and well-formed and show service refusals beside the field the service names.
 * Actions are shown only to users holding the permission (inventory:move, :adjust, :release); the services check it
 * again.
 */
package org.pharmadist.inventory.web;
