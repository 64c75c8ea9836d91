-- The portal's accounts and its audit log. People sign in with a name and a password kept as
-- ASP.NET Core Identity's hash; each is tied to a role and, for officers, to the unit whose returns
-- they send and see. The first administrator is made by `vdw users add`, never by a default password.

-- Grain: one person who signs in to the portal.
CREATE TABLE portal_user (
    user_key              INTEGER NOT NULL PRIMARY KEY,
    user_name             TEXT    NOT NULL CHECK (length(user_name) BETWEEN 1 AND 100),
    normalized_user_name  TEXT    NOT NULL UNIQUE,                  -- upper case: names are matched without regard to case
    display_name          TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role                  TEXT    NOT NULL CHECK (role IN ('district_officer', 'regional_officer', 'ministry_analyst', 'administrator')),
    unit_kato             TEXT    NULL CHECK (length(unit_kato) = 9),  -- the officer's district, city or region
    language              TEXT    NOT NULL CHECK (language IN ('kk', 'ru')),
    password_hash         TEXT    NOT NULL,
    security_stamp        TEXT    NOT NULL,                         -- changes with the password: signs out every other session
    access_failed_count   INTEGER NOT NULL CHECK (access_failed_count >= 0),
    lockout_end_utc       TEXT    NULL,
    is_disabled           INTEGER NOT NULL CHECK (is_disabled IN (0, 1)),
    created_at_utc        TEXT    NOT NULL,
    CHECK ((role IN ('district_officer', 'regional_officer') AND unit_kato IS NOT NULL)
        OR (role IN ('ministry_analyst', 'administrator') AND unit_kato IS NULL))
) STRICT;

-- Grain: one event on the record: a sign-in or a refused one, a sign-out, a change to an account.
CREATE TABLE portal_audit (
    audit_key        INTEGER NOT NULL PRIMARY KEY,
    at_utc           TEXT    NOT NULL,
    user_name        TEXT    NULL,                                  -- who did it; NULL when nobody was signed in
    action           TEXT    NOT NULL CHECK (action IN ('signed_in', 'sign_in_refused', 'locked_out', 'signed_out', 'user_added', 'user_disabled', 'user_enabled', 'password_reset', 'uploaded', 'downloaded')),
    subject          TEXT    NULL,                                  -- whom or what it was done to: an account, a file
    remote_address   TEXT    NULL                                   -- where from; NULL for the command line
) STRICT;

CREATE INDEX ix_portal_audit_at ON portal_audit (at_utc);

INSERT INTO dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    ('portal_role', 'district_officer', 1, 'Аудан немесе қала қызметкері', 'Сотрудник района или города', 'District or city officer'),
    ('portal_role', 'regional_officer', 2, 'Облыс қызметкері', 'Сотрудник области', 'Regional officer'),
    ('portal_role', 'ministry_analyst', 3, 'Министрлік талдаушысы', 'Аналитик министерства', 'Ministry analyst'),
    ('portal_role', 'administrator', 4, 'Әкімші', 'Администратор', 'Administrator'),
    ('audit_action', 'signed_in', 1, 'Кірді', 'Вход', 'Signed in'),
    ('audit_action', 'sign_in_refused', 2, 'Кіру қабылданбады', 'Вход отклонен', 'Sign-in refused'),
    ('audit_action', 'locked_out', 3, 'Тіркелгі бұғатталды', 'Учетная запись заблокирована', 'Locked out'),
    ('audit_action', 'signed_out', 4, 'Шықты', 'Выход', 'Signed out'),
    ('audit_action', 'user_added', 5, 'Пайдаланушы қосылды', 'Пользователь добавлен', 'User added'),
    ('audit_action', 'user_disabled', 6, 'Пайдаланушы өшірілді', 'Пользователь отключен', 'User disabled'),
    ('audit_action', 'user_enabled', 7, 'Пайдаланушы қайта қосылды', 'Пользователь включен', 'User enabled'),
    ('audit_action', 'password_reset', 8, 'Құпиясөз қайта орнатылды', 'Пароль сброшен', 'Password reset'),
    ('audit_action', 'uploaded', 9, 'Файл жіберілді', 'Файл отправлен', 'File uploaded'),

    ('audit_action', 'downloaded', 10, 'Файл жүктеп алынды', 'Файл скачан', 'File downloaded');
