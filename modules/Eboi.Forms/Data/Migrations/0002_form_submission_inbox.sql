-- The EZD inbox item a submission was queued as (Cases' ICaseInbox), to show the register number the EZD gives it.
ALTER TABLE form_submissions ADD COLUMN inbox_item_id uuid;
