package org.pharmadist.finance.application;

import java.io.Serializable;

/** A customer to pick on a finance screen: id and legal name. */
public record CustomerChoice(long id, String name) implements Serializable { }
