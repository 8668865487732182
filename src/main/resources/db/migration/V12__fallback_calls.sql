-- Calls the dialplan's fallback queue (hotline-fallback) handled, seen over AMI while the link was
-- up; later, also those imported from Asterisk's own records of the time the service was down.
-- One row per call (the caller channel's unique id), whichever instance or source saw it first.
create table fallback_call (
    call_id        varchar(64) not null primary key,
    outcome        varchar(16) not null,
    waited_seconds integer,
    ended_at       timestamp with time zone not null,
    recorded_at    timestamp with time zone not null,
    constraint ck_fallback_call_outcome check (outcome in ('ANSWERED', 'ABANDONED', 'TIMED_OUT'))
);
create index ix_fallback_call_ended on fallback_call (ended_at);
