-- A call-back whose every attempt went unanswered: CALLBACK_FAILED, for supervisors to follow up.
alter table case_record drop constraint ck_case_record_status;
alter table case_record add constraint ck_case_record_status check (status in
    ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'CALLBACK_PENDING', 'CALLBACK_FAILED', 'CLOSED',
     'ABANDONED'));
