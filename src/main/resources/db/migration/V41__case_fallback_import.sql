-- The fallback queue's calls read back from the dialplan's records (AstDB) whose case was opened
-- or settled: one row per call id, so that the records, read again at every AMI connection and by
-- every instance, open or settle a case once.
create table case_fallback_import (
    call_id     varchar(64) not null primary key,
    case_number varchar(32) not null,
    imported_at timestamp with time zone not null
);
