-- The waiting line, shared by every service instance: ordered by arrival, one row per caller
-- waiting for (or being offered to, or talking with) an advisor.
create table waiting_call (
    call_id          varchar(64)  not null primary key,
    case_number      varchar(32)  not null,
    department       varchar(3),
    arrived_at       timestamp with time zone not null,
    previous_advisor varchar(32),
    tried            varchar(1000) not null,
    state            varchar(16)  not null,
    advisor_id       varchar(32),
    offered_at       timestamp with time zone,
    ringing_channel  varchar(128),
    answered_at      timestamp with time zone,
    instance_id      varchar(64)  not null,
    heartbeat_at     timestamp with time zone not null,
    constraint ck_waiting_call_state check (state in ('WAITING', 'OFFERED', 'CONNECTED', 'CALLBACK'))
);
create index ix_waiting_call_line on waiting_call (state, arrived_at);

-- One row locked by each dispatch pass, so that instances take turns and callers are served in
-- arrival order across the cluster.
create table dispatch_lock (
    id integer not null primary key
);
insert into dispatch_lock (id) values (1);
