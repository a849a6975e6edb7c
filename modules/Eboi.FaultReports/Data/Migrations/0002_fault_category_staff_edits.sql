-- Staff edit categories in the panel: when one did, re-applying the recipe leaves that category as staff left it.
ALTER TABLE fault_categories ADD COLUMN staff_edited_at timestamptz;
