-- Users, roles, the permission matrix, API tokens and the security audit trail.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id                bigint        PRIMARY KEY,
    username          varchar(100)  NOT NULL UNIQUE,
    display_name      varchar(200)  NOT NULL,
    -- Jakarta Security Pbkdf2PasswordHash format: PBKDF2WithHmacSHA512:<iterations>:<salt b64>:<hash b64>.
    -- Null for integration clients, which authenticate with API tokens only.
    password_hash     varchar(500),
    enabled           boolean       NOT NULL,
    failed_logins     integer       NOT NULL DEFAULT 0,
    lockouts          integer       NOT NULL DEFAULT 0,
    locked_until      timestamp(6) with time zone,
    last_login_at     timestamp(6) with time zone,
    version           bigint        NOT NULL,
    created_at        timestamp(6) with time zone NOT NULL,
    CHECK (username = lower(username) AND username ~ '^[a-z0-9._-]{2,100}$')
);

CREATE TABLE app_user_role (
    user_id  bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     varchar(20) NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'SALES', 'WAREHOUSE', 'PROCUREMENT',
                                                   'FINANCE', 'COMPLIANCE', 'INTEGRATION')),
    PRIMARY KEY (user_id, role)
);

-- The permission matrix: which role may do which action in which module. Data, edited by ADMIN.
CREATE TABLE role_permission (
    role    varchar(20) NOT NULL,
    module  varchar(20) NOT NULL,
    action  varchar(20) NOT NULL,
    PRIMARY KEY (role, module, action)
);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

-- Bearer tokens for integration clients: 256-bit random values, stored only as SHA-256 digests.
CREATE TABLE api_token (
    id            bigint        PRIMARY KEY,
    user_id       bigint        NOT NULL REFERENCES app_user (id),
    client_name   varchar(200)  NOT NULL,
    token_sha256  char(64)      NOT NULL UNIQUE,
    created_at    timestamp(6) with time zone NOT NULL,
    expires_at    timestamp(6) with time zone NOT NULL,
    revoked_at    timestamp(6) with time zone,
    created_by    varchar(100)  NOT NULL
);

-- Append-only security audit: logins, logouts, failures, lockouts, denials, role and permission changes.
CREATE TABLE security_audit (
    id          bigserial     PRIMARY KEY,
    occurred_at timestamp(6) with time zone NOT NULL DEFAULT now(),
    event       varchar(40)   NOT NULL,
    username    varchar(100),
    actor       varchar(100),
    detail      varchar(2000),
    remote_addr varchar(64)
);
CREATE INDEX security_audit_occurred_idx ON security_audit (occurred_at DESC, id DESC);

CREATE FUNCTION security_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'security_audit is append-only';
END;
$$;
CREATE TRIGGER security_audit_no_update BEFORE UPDATE OR DELETE ON security_audit
    FOR EACH ROW EXECUTE FUNCTION security_audit_append_only();
CREATE TRIGGER security_audit_no_truncate BEFORE TRUNCATE ON security_audit
    FOR EACH STATEMENT EXECUTE FUNCTION security_audit_append_only();

-- Default permission matrix for the modules that exist (catalog, platform administration).
-- Later modules add their rows in their own migrations.
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'catalog', 'view'), ('ADMIN', 'catalog', 'create'), ('ADMIN', 'catalog', 'import'),
    ('ADMIN', 'security', 'view'), ('ADMIN', 'security', 'administer'), ('ADMIN', 'audit', 'view'),
    ('MANAGER', 'catalog', 'view'), ('MANAGER', 'catalog', 'create'),
    ('SALES', 'catalog', 'view'),
    ('WAREHOUSE', 'catalog', 'view'),
    ('PROCUREMENT', 'catalog', 'view'), ('PROCUREMENT', 'catalog', 'create'), ('PROCUREMENT', 'catalog', 'import'),
    ('FINANCE', 'catalog', 'view'),
    ('COMPLIANCE', 'catalog', 'view'), ('COMPLIANCE', 'audit', 'view'),
    ('INTEGRATION', 'catalog', 'view');
