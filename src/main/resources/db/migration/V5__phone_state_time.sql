-- When the PBX reported the phone state stored in advisor_presence: every instance hears every
-- AMI event, some later than others, and an older report must never overwrite a newer one.
alter table advisor_presence add column phone_reported_at timestamp with time zone;
