-- API tokens expire, and die with the credentials that made them (issue 13). Owner: org.vigie.accounts.
-- Tokens made before this version expire 90 days after the upgrade, so that no program loses access at once.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE api_token SET expires_at = now() + interval '90 days';
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
-- Why a token stopped: revoked by its owner, or with the account's password, disabling or two-step login.
ALTER TABLE api_token ADD COLUMN revoked_reason TEXT
    CHECK (revoked_reason IN ('owner', 'password_changed', 'account_disabled', 'two_factor_enabled'));
UPDATE api_token SET revoked_reason = 'owner' WHERE revoked_at IS NOT NULL;
