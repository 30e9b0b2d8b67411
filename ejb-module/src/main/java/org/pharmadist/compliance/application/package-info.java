/**
 * Compliance services: recall import (openFDA JSON, idempotent on the recall number), the recall list (read source),
 * one recall with every affected lot of ours in one SQL query ({@link org.pharmadist.compliance.application.RecallMatchQuery},
 * with the named extension point for customer deliveries once sales shipments exist), quarantine through inventory's
 * {@link org.pharmadist.inventory.application.LotRecallHold}, notices (PDF) and responses, closing, and the audit trail
 * of regulated records ({@link org.pharmadist.compliance.application.ComplianceAuditService}). Permissions
 * compliance:view and compliance:recall.
 */
package org.pharmadist.compliance.application;
