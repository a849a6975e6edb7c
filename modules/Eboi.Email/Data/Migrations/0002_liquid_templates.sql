-- Templates are Liquid (Fluid) now. A tenant's edit in the old {{name}} syntax is nearly Liquid already; two things
-- differ and are converted here, once, so every stored edit renders the same text as before:
--   1. {{name}} (old placeholders were known names only: letters, digits, "_") is written {{ name }}, the Liquid style
--      the defaults and the editor's hints use;
--   2. "{%" was plain text in the old syntax but opens a Liquid tag, so it becomes the Liquid string {{ "{%" }}.
-- Steps run in this order: step 1's pattern cannot match what step 2 writes, and step 2 never touches step 1's output.
-- email_templates has FORCE ROW LEVEL SECURITY, so each tenant's rows are updated with that tenant set.
DO $$
DECLARE
    t uuid;
BEGIN
    FOR t IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', t::text, true);
        UPDATE email_templates
        SET subject = replace(regexp_replace(subject, '\{\{\s*([A-Za-z0-9_]+)\s*\}\}', '{{ \1 }}', 'g'), '{%', '{{ "{%" }}'),
            body    = replace(regexp_replace(body,    '\{\{\s*([A-Za-z0-9_]+)\s*\}\}', '{{ \1 }}', 'g'), '{%', '{{ "{%" }}')
        WHERE tenant_id = t
          AND (subject ~ '\{\{\s*[A-Za-z0-9_]+\s*\}\}|\{%' OR body ~ '\{\{\s*[A-Za-z0-9_]+\s*\}\}|\{%');
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END $$;
