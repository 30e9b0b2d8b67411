-- Insights (forecasts, reorder suggestions, expiry risk, AI summary): one read permission, insights:view.
-- Managers and administrators see everything; procurement plans orders from the reorder suggestions.
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'insights', 'view'),
    ('MANAGER', 'insights', 'view'),
    ('PROCUREMENT', 'insights', 'view');
