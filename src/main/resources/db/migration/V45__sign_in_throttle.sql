-- Failed sign-ins, counted per username and per address, shared by every instance so that a
-- guesser gains nothing by being spread across them. The subject is a SHA-256 of "user:<name>" or
-- "address:<ip>": a username typed by mistake (a password in the wrong field) is never stored.
create table sign_in_throttle (
    subject           varchar(64)              not null primary key,
    failures          integer                  not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone
);
