/** Compliance infrastructure: the openFDA enforcement report reader (JSON, NDCs normalised to 11 digits). */
package org.pharmadist.compliance.infrastructure;
