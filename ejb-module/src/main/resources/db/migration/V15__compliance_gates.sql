-- Compliance holds on sales orders (license, DEA schedule, suspicious order; raised through sales' SalesOrderGate)
-- are released or rejected with compliance:release: compliance officers and administrators.
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'compliance', 'release'),
    ('COMPLIANCE', 'compliance', 'release');
