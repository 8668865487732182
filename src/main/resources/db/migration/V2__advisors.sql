-- Advisors (reference data) and their presence. The same schema on H2 and PostgreSQL.

create table advisor (
    id       varchar(32)  not null,
    name     varchar(100) not null,
    chamber  varchar(64)  not null,
    phone    varchar(100) not null,
    active   boolean      not null,
    -- The user account that signs in as this advisor (module accounts), if any.
    username varchar(64),
    constraint pk_advisor primary key (id),
    constraint uk_advisor_username unique (username)
);

-- PBX facts name the phone, not the advisor.
create index ix_advisor_phone on advisor (phone);

create table advisor_department (
    advisor_id varchar(32) not null,
    department varchar(3)  not null,
    constraint pk_advisor_department primary key (advisor_id, department),
    constraint fk_advisor_department_advisor foreign key (advisor_id) references advisor (id)
        on delete cascade
);

-- One row per advisor. Presence columns change only through conditional updates guarded by
-- version (and state), so that several service instances never reserve one advisor twice;
-- device_state and registered mirror the PBX and are updated on their own.
create table advisor_presence (
    advisor_id             varchar(32) not null,
    state                  varchar(16) not null,
    pause_reason           varchar(64),
    state_since            timestamp with time zone not null,
    idle_since             timestamp with time zone not null,
    wrap_up_until          timestamp with time zone,
    -- The caller's channel (unique id) offered or connected to the advisor.
    current_call           varchar(64),
    -- The advisor's own channel for that call (DialBegin's destination unique id).
    current_leg            varchar(64),
    consecutive_no_answers integer     not null,
    -- What happens when the current call ends: PAUSED or OFFLINE asked for during the call.
    after_call             varchar(16),
    device_state           varchar(16) not null,
    registered             boolean     not null,
    version                bigint      not null,
    constraint pk_advisor_presence primary key (advisor_id),
    constraint fk_advisor_presence_advisor foreign key (advisor_id) references advisor (id),
    constraint ck_advisor_presence_state
        check (state in ('OFFLINE', 'AVAILABLE', 'RINGING', 'ON_CALL', 'WRAP_UP', 'PAUSED'))
);
