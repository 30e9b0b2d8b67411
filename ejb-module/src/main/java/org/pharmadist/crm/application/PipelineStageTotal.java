package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Totals of one pipeline stage.
 *
 * @param stage         the stage
 * @param opportunities how many opportunities
 * @param amount        sum of amounts, scale 2
 * @param expectedValue sum of expected values (each amount x probability rounded to scale 2 HALF_UP first)
 */
public record PipelineStageTotal(String stage, long opportunities, BigDecimal amount, BigDecimal expectedValue)
        implements Serializable { }
