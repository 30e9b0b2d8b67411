package org.pharmadist.inventory.application;

/**
 * A warehouse location (bin).
 *
 * @param id               id
 * @param warehouseCode    warehouse code
 * @param code             bin code
 * @param storageCondition ROOM_TEMPERATURE, REFRIGERATED or FROZEN
 * @param type             RECEIVING, STORAGE, QUARANTINE or SHIPPING
 * @param active           open for put-away and picking
 */
public record LocationView(long id, String warehouseCode, String code, String storageCondition, String type,
        boolean active) { }
