// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerMigrations.h"

namespace cc::server {
namespace {

// Index i holds the migration to version i + 1. Never edit a released entry; append.
const QStringList &steps()
{
    static const QStringList list = {
        // 1: group roles, the receivables tables with row versions for sync, row-level
        // security per role, and an append-only audit log written by triggers.
        QStringLiteral(R"sql(
DO $$
DECLARE
    role_name text;
BEGIN
    -- Group roles are shared by the whole cluster: create each once.
    FOREACH role_name IN ARRAY ARRAY['cashcycle_collector', 'cashcycle_credit_manager', 'cashcycle_cfo',
                                     'cashcycle_admin'] LOOP
        -- Another database of the cluster may be initialised at the same moment.
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END $$;

-- Nobody but the schema owner creates objects here or in temporary schemas, and functions are
-- not callable by everyone: a user's own functions or tables must never shadow ours.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
DO $$
BEGIN
    -- The group roles span the cluster; each database lets in only the users made for it.
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;

-- Bodies bound when defined (BEGIN ATOMIC), so a caller's search_path cannot redirect them.
CREATE FUNCTION cashcycle_is_admin() RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC SELECT pg_catalog.pg_has_role(CURRENT_USER, 'cashcycle_admin', 'MEMBER'); END;
-- Credit managers and admins decide for every customer.
CREATE FUNCTION cashcycle_manages_all() RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT pg_catalog.pg_has_role(CURRENT_USER, 'cashcycle_credit_manager', 'MEMBER') OR public.cashcycle_is_admin();
END;
-- ...and they and the CFO see every customer; a collector sees their own portfolio.
CREATE FUNCTION cashcycle_sees_all() RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT public.cashcycle_manages_all() OR pg_catalog.pg_has_role(CURRENT_USER, 'cashcycle_cfo', 'MEMBER');
END;
GRANT EXECUTE ON FUNCTION cashcycle_is_admin(), cashcycle_manages_all(), cashcycle_sees_all()
    TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;

-- The one way to make a user: checked here, so no login ever needs CREATEROLE (which in
-- PostgreSQL 15 would let it grant itself pg_execute_server_program and the like).
CREATE FUNCTION cashcycle_add_user(user_name text, group_role text, scram_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF user_name !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR user_name LIKE 'cashcycle\_%' OR user_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid user name %', user_name USING ERRCODE = '22023';
    END IF;
    IF group_role NOT IN ('cashcycle_collector', 'cashcycle_credit_manager', 'cashcycle_cfo', 'cashcycle_admin') THEN
        RAISE EXCEPTION 'invalid role %', group_role USING ERRCODE = '22023';
    END IF;
    IF scram_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOCREATEROLE NOCREATEDB PASSWORD %L IN ROLE %I',
                   user_name, scram_verifier, group_role);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), user_name);
END $$;
GRANT EXECUTE ON FUNCTION cashcycle_add_user(text, text, text) TO cashcycle_admin;

-- Every row carries its version (optimistic concurrency) and the transaction that wrote it
-- (a commit-safe watermark for pulling changes).
CREATE FUNCTION cashcycle_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.row_version := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE OLD.row_version + 1 END;
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE TABLE customers (
    id text PRIMARY KEY,
    name text NOT NULL,
    parent_id text REFERENCES customers(id),
    currency char(3) NOT NULL,
    credit_limit_minor bigint NOT NULL DEFAULT 0,
    terms text NOT NULL,
    risk_class text NOT NULL DEFAULT 'B',
    on_hold boolean NOT NULL DEFAULT false,
    collector text NOT NULL DEFAULT '',
    segment text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX customers_collector ON customers(collector);
CREATE TABLE contacts (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name text NOT NULL DEFAULT '',
    role text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX contacts_customer ON contacts(customer_id);
CREATE TABLE invoices (
    number text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id),
    kind smallint NOT NULL CHECK (kind IN (0, 1)),
    invoice_date date NOT NULL,
    due_date date NOT NULL,
    currency char(3) NOT NULL,
    total_minor bigint NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'open', 'partially_paid', 'paid', 'cancelled')),
    corrects_number text REFERENCES invoices(number),
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX invoices_customer ON invoices(customer_id);
CREATE TABLE invoice_lines (
    invoice_number text NOT NULL REFERENCES invoices(number) ON DELETE CASCADE,
    line_no integer NOT NULL,
    item text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    quantity_milli bigint NOT NULL,
    unit_price_minor bigint NOT NULL,
    discount_bp integer NOT NULL DEFAULT 0,
    tax_bp integer NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (invoice_number, line_no)
);
CREATE TABLE payments (
    id text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id),
    payment_date date NOT NULL,
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    method text NOT NULL DEFAULT '',
    reference text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX payments_customer ON payments(customer_id);
CREATE TABLE allocations (
    id uuid PRIMARY KEY,
    invoice_number text NOT NULL REFERENCES invoices(number),
    payment_id text REFERENCES payments(id),
    credit_note_number text REFERENCES invoices(number),
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    alloc_date date NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK ((payment_id IS NULL) <> (credit_note_number IS NULL))
);
CREATE INDEX allocations_invoice ON allocations(invoice_number);
CREATE TABLE activities (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id),
    kind text NOT NULL CHECK (kind IN ('call', 'email', 'note', 'promise')),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    author text NOT NULL DEFAULT current_user,
    note text NOT NULL DEFAULT '',
    promised_amount_minor bigint,
    promised_date date,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX activities_customer ON activities(customer_id);

-- Who changed what, before and after. Written only by the trigger (as the schema owner);
-- no application role may change or remove an entry.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    table_name text NOT NULL,
    row_key text NOT NULL,
    operation text NOT NULL,
    before jsonb,
    after jsonb
);
CREATE FUNCTION cashcycle_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    -- Only the receivables tables' own triggers may write here.
    IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME NOT IN ('customers', 'contacts', 'invoices', 'invoice_lines',
            'payments', 'allocations', 'activities') THEN
        RAISE EXCEPTION 'cashcycle_audit() is not for %.%', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.audit_log (actor, table_name, row_key, operation, before, after)
    VALUES (session_user, TG_TABLE_NAME,
            (SELECT string_agg(doc ->> key_column, '/') FROM unnest(TG_ARGV) AS key_column),
            TG_OP,
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END $$;
CREATE FUNCTION cashcycle_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION cashcycle_refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cashcycle_refuse_audit_change();

DO $$
DECLARE
    keyed record;
BEGIN
    FOR keyed IN SELECT * FROM (VALUES ('customers', 'id'), ('contacts', 'id'), ('invoices', 'number'),
            ('invoice_lines', 'invoice_number, line_no'), ('payments', 'id'), ('allocations', 'id'),
            ('activities', 'id')) AS t(table_name, key_columns) LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp()',
                       keyed.table_name || '_stamp', keyed.table_name);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_audit(%s)',
                       keyed.table_name || '_audit', keyed.table_name,
                       (SELECT string_agg(quote_literal(trim(k)), ', ') FROM unnest(string_to_array(keyed.key_columns, ',')) AS k));
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', keyed.table_name);
    END LOOP;
END $$;

-- A collector sees and works the customers assigned to them; everything hangs off a visible customer.
CREATE POLICY customers_visible ON customers FOR SELECT
    USING ((SELECT cashcycle_sees_all()) OR collector = current_user);
CREATE POLICY customers_insert ON customers FOR INSERT WITH CHECK ((SELECT cashcycle_is_admin()));
CREATE POLICY customers_update ON customers FOR UPDATE
    USING ((SELECT cashcycle_manages_all()) OR collector = current_user)
    WITH CHECK ((SELECT cashcycle_manages_all()) OR collector = current_user);
CREATE POLICY customers_delete ON customers FOR DELETE USING ((SELECT cashcycle_is_admin()));
CREATE POLICY contacts_of_visible ON contacts
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
CREATE POLICY invoices_of_visible ON invoices
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
CREATE POLICY payments_of_visible ON payments
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
-- Everyone who sees a customer sees its activities; only their author (or an admin) changes one.
CREATE POLICY activities_visible ON activities FOR SELECT
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
CREATE POLICY activities_insert ON activities FOR INSERT
    WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id)
                AND (author = current_user OR (SELECT cashcycle_is_admin())));
CREATE POLICY activities_update ON activities FOR UPDATE
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id)
           AND (author = current_user OR (SELECT cashcycle_is_admin())))
    WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id)
                AND (author = current_user OR (SELECT cashcycle_is_admin())));
CREATE POLICY activities_delete ON activities FOR DELETE
    USING (EXISTS (SELECT FROM customers c WHERE c.id = customer_id)
           AND (author = current_user OR (SELECT cashcycle_is_admin())));

-- Foreign keys ignore row security: a credit note may correct only an invoice of its own
-- customer, checked with the writer's rights so that other portfolios stay invisible.
CREATE FUNCTION cashcycle_check_correction() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.corrects_number IS NOT NULL AND NOT EXISTS (
            SELECT FROM public.invoices i WHERE i.number = NEW.corrects_number AND i.customer_id = NEW.customer_id) THEN
        RAISE EXCEPTION 'document % corrects no invoice of customer %', NEW.number, NEW.customer_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER invoices_check_correction BEFORE INSERT OR UPDATE OF corrects_number, customer_id ON invoices
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_correction();
CREATE POLICY lines_of_visible ON invoice_lines
    USING (EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number));
CREATE POLICY allocations_of_visible ON allocations
    USING (EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number))
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number)
                AND (payment_id IS NULL OR EXISTS (SELECT FROM payments p WHERE p.id = payment_id))
                AND (credit_note_number IS NULL OR EXISTS (SELECT FROM invoices n WHERE n.number = credit_note_number)));

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT SELECT ON customers, contacts, invoices, invoice_lines, payments, allocations, activities, schema_version
    TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT SELECT ON audit_log TO cashcycle_cfo, cashcycle_admin;
-- Collectors work their portfolio; credit limits, holds, risk and assignment are not theirs to change.
-- Not parent_id either: foreign keys would let them link to (and probe) other portfolios.
GRANT UPDATE (name, terms, segment, language) ON customers TO cashcycle_collector;
GRANT INSERT, UPDATE, DELETE ON contacts, invoices, invoice_lines, payments, allocations, activities
    TO cashcycle_collector;
-- Credit managers decide limits, holds and risk for every customer, and log what they did.
GRANT UPDATE (credit_limit_minor, risk_class, on_hold) ON customers TO cashcycle_credit_manager;
GRANT INSERT ON activities TO cashcycle_credit_manager;
-- The CFO reads everything and writes nothing. Admins do all, except rewrite the audit log.
GRANT INSERT, UPDATE, DELETE ON customers, contacts, invoices, invoice_lines, payments, allocations, activities
    TO cashcycle_admin;
)sql"),

        // 2: what sync needs beyond row versions: the outcome of every pushed change (so a
        // retry applies once), events for deleted rows and for portfolios that change hands,
        // and a notification that wakes connected desktops.
        QStringLiteral(R"sql(
CREATE TABLE sync_applied (
    change_id uuid PRIMARY KEY,
    applied_by text NOT NULL DEFAULT session_user,
    applied_at timestamptz NOT NULL DEFAULT now(),
    outcome jsonb NOT NULL
);
ALTER TABLE sync_applied ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_applied_own ON sync_applied
    USING (applied_by = session_user) WITH CHECK (applied_by = session_user);
GRANT SELECT, INSERT ON sync_applied TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;

-- A deleted row leaves a tombstone; a customer that changes collector is revoked from the old
-- one and granted to the new one. `collector` is whose portfolio the event concerns, so each
-- desktop learns only about rows it could see; `parent_key` names the customer of a contact
-- and the document of a line, which are synced with their parent.
CREATE TABLE sync_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('deleted', 'revoked', 'granted')),
    table_name text NOT NULL,
    row_key text NOT NULL,
    parent_key text,
    collector text NOT NULL,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX sync_events_changed ON sync_events(changed_xid);
ALTER TABLE sync_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_events_visible ON sync_events FOR SELECT
    USING ((SELECT cashcycle_sees_all()) OR collector = current_user);
GRANT SELECT ON sync_events TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;

CREATE FUNCTION cashcycle_track_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner text;
    parent text;
    row_key text;
BEGIN
    IF TG_TABLE_SCHEMA <> 'public' THEN
        RAISE EXCEPTION 'cashcycle_track_delete() is not for %.%', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
    CASE TG_TABLE_NAME
    WHEN 'customers' THEN
        owner := OLD.collector; row_key := OLD.id;
    WHEN 'contacts' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.id; parent := OLD.customer_id;
    WHEN 'invoices' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.number;
    WHEN 'payments' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.id;
    WHEN 'activities' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.id;
    WHEN 'invoice_lines' THEN
        SELECT c.collector INTO owner FROM public.invoices i JOIN public.customers c ON c.id = i.customer_id
            WHERE i.number = OLD.invoice_number;
        row_key := OLD.invoice_number || '/' || OLD.line_no; parent := OLD.invoice_number;
    WHEN 'allocations' THEN
        SELECT c.collector INTO owner FROM public.invoices i JOIN public.customers c ON c.id = i.customer_id
            WHERE i.number = OLD.invoice_number;
        row_key := OLD.id;
    ELSE
        RAISE EXCEPTION 'cashcycle_track_delete() is not for %', TG_TABLE_NAME USING ERRCODE = '42501';
    END CASE;
    -- A row deleted with its parent (a cascade) needs no tombstone: the parent's covers it.
    IF owner IS NOT NULL THEN
        INSERT INTO public.sync_events (kind, table_name, row_key, parent_key, collector)
        VALUES ('deleted', TG_TABLE_NAME, row_key, parent, owner);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION cashcycle_track_reassignment() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME <> 'customers' THEN
        RAISE EXCEPTION 'cashcycle_track_reassignment() is not for %.%', TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.sync_events (kind, table_name, row_key, collector)
    VALUES ('revoked', 'customers', OLD.id, OLD.collector), ('granted', 'customers', NEW.id, NEW.collector);
    RETURN NULL;
END $$;
CREATE TRIGGER customers_reassigned AFTER UPDATE OF collector ON customers
    FOR EACH ROW WHEN (OLD.collector IS DISTINCT FROM NEW.collector) EXECUTE FUNCTION cashcycle_track_reassignment();

-- Credit managers assign portfolios to collectors.
GRANT UPDATE (collector) ON customers TO cashcycle_credit_manager;

-- Delivered at commit, once per transaction: every listening desktop pulls at once.
CREATE FUNCTION cashcycle_notify_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('cashcycle_changes', '');
    RETURN NULL;
END $$;

DO $$
DECLARE
    synced text;
BEGIN
    FOREACH synced IN ARRAY ARRAY['customers', 'contacts', 'invoices', 'invoice_lines', 'payments', 'allocations',
                                  'activities'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_track_delete()',
                       synced || '_tombstone', synced);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION cashcycle_notify_change()', synced || '_notify', synced);
    END LOOP;
END $$;
)sql"),
        // 3: whoever sees every customer sees every row hanging off one without a look-up per
        // row; the planner evaluates the role test once. A first sync of a million documents
        // as a CFO no longer pays a join per row for it.
        QStringLiteral(R"sql(
ALTER POLICY contacts_of_visible ON contacts
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
ALTER POLICY invoices_of_visible ON invoices
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
ALTER POLICY payments_of_visible ON payments
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
ALTER POLICY activities_visible ON activities
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM customers c WHERE c.id = customer_id));
ALTER POLICY lines_of_visible ON invoice_lines
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number));
ALTER POLICY allocations_of_visible ON allocations
    USING ((SELECT cashcycle_sees_all()) OR EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number));
)sql"),
        // 4: collections. Activities record every contact with a customer (a promise is now
        // a record of its own, whose status follows from payments); tasks and disputes hang
        // off a customer too. Whoever works a customer writes these; authors are the server's
        // own session users, whatever a desktop claims.
        QStringLiteral(R"sql(
UPDATE activities SET kind = 'note' WHERE kind = 'promise';
ALTER TABLE activities DROP COLUMN promised_amount_minor, DROP COLUMN promised_date,
    DROP CONSTRAINT activities_kind_check,
    ADD CONSTRAINT activities_kind_check CHECK (kind IN ('call', 'email', 'note', 'sms', 'letter')),
    ADD COLUMN outcome text NOT NULL DEFAULT ''
        CHECK (outcome IN ('', 'reached', 'voicemail', 'wrong_number', 'refused', 'promised')),
    ADD COLUMN contact text NOT NULL DEFAULT '',
    ADD COLUMN subject text NOT NULL DEFAULT '';
CREATE TABLE promises (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    made_date date NOT NULL,
    promised_date date NOT NULL CHECK (promised_date >= made_date),
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    invoice_numbers text NOT NULL DEFAULT '',
    author text NOT NULL DEFAULT current_user,
    note text NOT NULL DEFAULT '',
    cancelled_date date,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX promises_customer ON promises(customer_id);
CREATE TABLE tasks (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    title text NOT NULL CHECK (title <> ''),
    due_date date NOT NULL,
    done_date date,
    assignee text NOT NULL DEFAULT current_user,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX tasks_customer ON tasks(customer_id);
CREATE TABLE disputes (
    id uuid PRIMARY KEY,
    invoice_number text NOT NULL REFERENCES invoices(number) ON DELETE CASCADE,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    reason text NOT NULL CHECK (reason IN ('pricing', 'quantity', 'damaged', 'not_received', 'duplicate_billing',
                                           'tax', 'other')),
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'investigating', 'waiting', 'resolved')),
    opened_date date NOT NULL,
    resolved_date date,
    owner text NOT NULL DEFAULT current_user,
    note text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX disputes_customer ON disputes(customer_id);

-- The author of a contact or promise is who wrote it, not what the desktop sent.
CREATE FUNCTION cashcycle_stamp_author() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NOT public.cashcycle_is_admin() THEN
        NEW.author := CASE WHEN TG_OP = 'INSERT' THEN session_user ELSE OLD.author END;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER activities_author BEFORE INSERT OR UPDATE ON activities
    FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp_author();
CREATE TRIGGER promises_author BEFORE INSERT OR UPDATE ON promises
    FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp_author();
-- A disputed invoice belongs to the dispute's customer (foreign keys ignore row security).
CREATE FUNCTION cashcycle_check_dispute() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM public.invoices i WHERE i.number = NEW.invoice_number AND i.customer_id = NEW.customer_id) THEN
        RAISE EXCEPTION 'invoice % is not one of customer %', NEW.invoice_number, NEW.customer_id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER disputes_check_invoice BEFORE INSERT OR UPDATE OF invoice_number, customer_id ON disputes
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_dispute();

-- The audit function takes its tables from a list: a later table only joins it.
CREATE TABLE audited_tables (table_name text PRIMARY KEY);
INSERT INTO audited_tables VALUES ('customers'), ('contacts'), ('invoices'), ('invoice_lines'), ('payments'),
    ('allocations'), ('activities');
REVOKE ALL ON audited_tables FROM PUBLIC;
CREATE OR REPLACE FUNCTION cashcycle_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    -- Only the receivables tables' own triggers may write here.
    IF TG_TABLE_SCHEMA <> 'public' OR NOT EXISTS (SELECT FROM public.audited_tables a WHERE a.table_name = TG_TABLE_NAME) THEN
        RAISE EXCEPTION 'cashcycle_audit() is not for %.%', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.audit_log (actor, table_name, row_key, operation, before, after)
    VALUES (session_user, TG_TABLE_NAME,
            (SELECT string_agg(doc ->> key_column, '/') FROM unnest(TG_ARGV) AS key_column),
            TG_OP,
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cashcycle_track_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner text;
    parent text;
    row_key text;
BEGIN
    IF TG_TABLE_SCHEMA <> 'public' THEN
        RAISE EXCEPTION 'cashcycle_track_delete() is not for %.%', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '42501';
    END IF;
    CASE
    WHEN TG_TABLE_NAME = 'customers' THEN
        owner := OLD.collector; row_key := OLD.id;
    WHEN TG_TABLE_NAME = 'contacts' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.id; parent := OLD.customer_id;
    WHEN TG_TABLE_NAME = 'invoices' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = OLD.customer_id;
        row_key := OLD.number;
    WHEN TG_TABLE_NAME = 'invoice_lines' THEN
        SELECT c.collector INTO owner FROM public.invoices i JOIN public.customers c ON c.id = i.customer_id
            WHERE i.number = OLD.invoice_number;
        row_key := OLD.invoice_number || '/' || OLD.line_no; parent := OLD.invoice_number;
    WHEN TG_TABLE_NAME = 'allocations' THEN
        SELECT c.collector INTO owner FROM public.invoices i JOIN public.customers c ON c.id = i.customer_id
            WHERE i.number = OLD.invoice_number;
        row_key := OLD.id;
    -- Every other table hangs off a customer by customer_id and is keyed by id.
    WHEN to_jsonb(OLD) ? 'customer_id' THEN
        SELECT c.collector INTO owner FROM public.customers c WHERE c.id = to_jsonb(OLD) ->> 'customer_id';
        row_key := to_jsonb(OLD) ->> 'id';
    ELSE
        RAISE EXCEPTION 'cashcycle_track_delete() is not for %', TG_TABLE_NAME USING ERRCODE = '42501';
    END CASE;
    -- A row deleted with its parent (a cascade) needs no tombstone: the parent's covers it.
    IF owner IS NOT NULL THEN
        INSERT INTO public.sync_events (kind, table_name, row_key, parent_key, collector)
        VALUES ('deleted', TG_TABLE_NAME, row_key, parent, owner);
    END IF;
    RETURN NULL;
END $$;

-- A table of records hanging off a customer (keyed by id) joins sync, audit and row
-- security alike: whoever sees the customer sees them; whoever works it writes them.
CREATE FUNCTION cashcycle_sync_customer_records(synced text) RETURNS void LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audited_tables VALUES (synced);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp()',
                   synced || '_stamp', synced);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_audit(''id'')',
                   synced || '_audit', synced);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_track_delete()',
                   synced || '_tombstone', synced);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT '
                   'EXECUTE FUNCTION cashcycle_notify_change()', synced || '_notify', synced);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', synced);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT cashcycle_sees_all()) '
                   'OR EXISTS (SELECT FROM customers c WHERE c.id = customer_id)) '
                   'WITH CHECK (EXISTS (SELECT FROM customers c WHERE c.id = customer_id))',
                   synced || '_of_visible', synced);
END $$;
REVOKE ALL ON FUNCTION cashcycle_sync_customer_records(text) FROM PUBLIC;
SELECT cashcycle_sync_customer_records(t) FROM unnest(ARRAY['promises', 'tasks', 'disputes']) AS t;
GRANT SELECT ON promises, tasks, disputes TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE, DELETE ON promises, tasks, disputes TO cashcycle_collector, cashcycle_admin;
GRANT INSERT, UPDATE ON tasks, disputes TO cashcycle_credit_manager;
GRANT INSERT ON promises TO cashcycle_credit_manager;
)sql"),
        // 5: dunning notices, so that no desktop sends a level another one already sent.
        QStringLiteral(R"sql(
CREATE TABLE dunning_notices (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    run_date date NOT NULL,
    level integer NOT NULL CHECK (level >= 0),
    channel text NOT NULL CHECK (channel IN ('email', 'sms')),
    invoice_levels jsonb NOT NULL,
    currency char(3) NOT NULL,
    fee_minor bigint NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX dunning_notices_customer ON dunning_notices(customer_id);
SELECT cashcycle_sync_customer_records('dunning_notices');
GRANT SELECT ON dunning_notices TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
-- Notices are a record of what was sent: written once, never changed by those who send them.
GRANT INSERT ON dunning_notices TO cashcycle_collector, cashcycle_credit_manager;
GRANT INSERT, UPDATE, DELETE ON dunning_notices TO cashcycle_admin;
)sql"),
        // 6: what a team shares, such as the worklist and dunning strategies: everyone reads
        // it, credit managers and admins decide it. Settings are replaced, never deleted.
        QStringLiteral(R"sql(
CREATE TABLE team_settings (
    key text PRIMARY KEY CHECK (key ~ '^[a-z_]+(\.[a-z_]+)+$'),
    value text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
INSERT INTO audited_tables VALUES ('team_settings');
CREATE TRIGGER team_settings_stamp BEFORE INSERT OR UPDATE ON team_settings
    FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp();
CREATE TRIGGER team_settings_audit AFTER INSERT OR UPDATE OR DELETE ON team_settings
    FOR EACH ROW EXECUTE FUNCTION cashcycle_audit('key');
CREATE TRIGGER team_settings_notify AFTER INSERT OR UPDATE OR DELETE ON team_settings
    FOR EACH STATEMENT EXECUTE FUNCTION cashcycle_notify_change();
ALTER TABLE team_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_settings_read ON team_settings FOR SELECT USING (true);
CREATE POLICY team_settings_insert ON team_settings FOR INSERT WITH CHECK ((SELECT cashcycle_manages_all()));
CREATE POLICY team_settings_update ON team_settings FOR UPDATE
    USING ((SELECT cashcycle_manages_all())) WITH CHECK ((SELECT cashcycle_manages_all()));
GRANT SELECT ON team_settings TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE ON team_settings TO cashcycle_credit_manager, cashcycle_admin;
)sql"),
        // 7: issuing. Numbers come from series whose counters move only through
        // cashcycle_issue_document, in the transaction that stores the document; a deferred
        // check refuses to commit a number no document carries, so none is skipped. Issued
        // documents and their lines cannot change or go; corrections are credit notes.
        QStringLiteral(R"sql(
ALTER TABLE invoices ADD COLUMN terms text NOT NULL DEFAULT '',
    ADD COLUMN tax_rounding smallint NOT NULL DEFAULT 0 CHECK (tax_rounding IN (0, 1)),
    ADD COLUMN customer_reference text NOT NULL DEFAULT '',
    ADD COLUMN notes text NOT NULL DEFAULT '',
    ADD COLUMN draft_id uuid UNIQUE,
    ADD COLUMN series text;
CREATE TABLE numbering_series (
    key text PRIMARY KEY,
    pattern text NOT NULL CHECK (pattern ~ '\{N(:\d{1,2})?\}')
);
INSERT INTO numbering_series VALUES ('invoice', 'INV-{YYYY}-{N:5}'), ('credit_note', 'CN-{YYYY}-{N:5}');
CREATE TABLE numbering_counters (
    series text NOT NULL REFERENCES numbering_series(key),
    period text NOT NULL,
    last_value bigint NOT NULL,
    PRIMARY KEY (series, period)
);
GRANT SELECT ON numbering_series TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE ON numbering_series TO cashcycle_admin;

-- The same rule as NumberingPattern::format on the desktop.
CREATE FUNCTION cashcycle_format_number(pattern text, period text, seq bigint) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT regexp_replace(replace(replace(pattern, '{YYYY}', period), '{YY}', right(period, 2)), '\{N(:\d+)?\}',
        lpad(seq::text, greatest(COALESCE((regexp_match(pattern, '\{N:(\d+)\}'))[1]::int, 1), length(seq::text)), '0'))
$$;

CREATE FUNCTION cashcycle_take_number(series_key text, issue_date date) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    series_pattern text;
    series_period text;
    taken bigint;
BEGIN
    SELECT pattern INTO series_pattern FROM numbering_series WHERE key = series_key;
    IF series_pattern IS NULL THEN
        RAISE EXCEPTION 'there is no numbering series "%"', series_key;
    END IF;
    series_period := CASE WHEN series_pattern ~ '\{YY' THEN to_char(issue_date, 'YYYY') ELSE '' END;
    -- The row lock serializes desktops issuing at once; it is held until their commit.
    INSERT INTO numbering_counters AS c VALUES (series_key, series_period, 1)
        ON CONFLICT (series, period) DO UPDATE SET last_value = c.last_value + 1
        RETURNING c.last_value INTO taken;
    RETURN cashcycle_format_number(series_pattern, series_period, taken);
END $$;

CREATE FUNCTION cashcycle_check_number_used() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    expected text := cashcycle_format_number(
        (SELECT pattern FROM numbering_series WHERE key = NEW.series), NEW.period, NEW.last_value);
BEGIN
    IF NOT EXISTS (SELECT FROM invoices WHERE number = expected AND series = NEW.series) THEN
        RAISE EXCEPTION 'number % of series % was taken but no document carries it', expected, NEW.series;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER numbering_counters_used AFTER INSERT OR UPDATE ON numbering_counters
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cashcycle_check_number_used();

-- Lines go in only with their document, while it has none: issued lines never change.
CREATE FUNCTION cashcycle_add_issued_lines(document text, lines jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM invoices i WHERE i.number = document AND i.xmin = pg_current_xact_id()::xid)
        OR EXISTS (SELECT FROM invoice_lines l WHERE l.invoice_number = document) THEN
        RAISE EXCEPTION 'lines of % can only be written as it is issued', document;
    END IF;
    INSERT INTO invoice_lines (invoice_number, line_no, item, description, quantity_milli, unit_price_minor,
                               discount_bp, tax_bp)
    SELECT document, l.ordinality, COALESCE(l.value->>'item', ''), COALESCE(l.value->>'description', ''),
           (l.value->>'quantity_milli')::bigint, (l.value->>'unit_price_minor')::bigint,
           COALESCE((l.value->>'discount_bp')::int, 0), COALESCE((l.value->>'tax_bp')::int, 0)
    FROM jsonb_array_elements(lines) WITH ORDINALITY AS l(value, ordinality);
END $$;
REVOKE INSERT, UPDATE, DELETE ON invoice_lines FROM cashcycle_collector;

-- Issues a desktop's draft: numbered, stored with its lines, in one transaction. The same
-- draft again returns the number it got. Runs as the caller, so row security decides whose
-- documents they may issue.
CREATE FUNCTION cashcycle_issue_document(doc jsonb, OUT issued_number text, OUT issued_version bigint)
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    SELECT i.number, i.row_version INTO issued_number, issued_version
    FROM invoices i WHERE i.draft_id = (doc->>'draft_id')::uuid;
    IF issued_number IS NOT NULL THEN
        RETURN;
    END IF;
    issued_number := cashcycle_take_number(doc->>'series', (doc->>'invoice_date')::date);
    INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status,
                          corrects_number, terms, tax_rounding, customer_reference, notes, draft_id, series)
    VALUES (issued_number, doc->>'customer_id', (doc->>'kind')::smallint, (doc->>'invoice_date')::date,
            (doc->>'due_date')::date, doc->>'currency', (doc->>'total_minor')::bigint, 'open',
            doc->>'corrects_number', COALESCE(doc->>'terms', ''), COALESCE((doc->>'tax_rounding')::smallint, 0),
            COALESCE(doc->>'customer_reference', ''), COALESCE(doc->>'notes', ''), (doc->>'draft_id')::uuid,
            doc->>'series')
    RETURNING row_version INTO issued_version;
    PERFORM cashcycle_add_issued_lines(issued_number, doc->'lines');
END $$;

CREATE FUNCTION cashcycle_keep_issued() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.series IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '% is issued and cannot be deleted; correct it with a credit note', OLD.number;
    END IF;
    IF (NEW.number, NEW.customer_id, NEW.kind, NEW.invoice_date, NEW.currency, NEW.total_minor, NEW.corrects_number,
        NEW.series, NEW.draft_id, NEW.tax_rounding)
        IS DISTINCT FROM (OLD.number, OLD.customer_id, OLD.kind, OLD.invoice_date, OLD.currency, OLD.total_minor,
                          OLD.corrects_number, OLD.series, OLD.draft_id, OLD.tax_rounding) THEN
        RAISE EXCEPTION '% is issued and cannot change; correct it with a credit note', OLD.number;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER invoices_keep_issued BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION cashcycle_keep_issued();

GRANT EXECUTE ON FUNCTION cashcycle_issue_document(jsonb), cashcycle_take_number(text, date),
    cashcycle_add_issued_lines(text, jsonb), cashcycle_format_number(text, text, bigint)
    TO cashcycle_collector, cashcycle_admin;
)sql"),
        // 8: what an invoice prints about its customer. Collectors keep their customers'
        // addresses, as they keep names.
        QStringLiteral(R"sql(
ALTER TABLE customers ADD COLUMN billing_address text NOT NULL DEFAULT '',
    ADD COLUMN vat_id text NOT NULL DEFAULT '';
GRANT UPDATE (billing_address, vat_id) ON customers TO cashcycle_collector;
)sql"),
        // 9: the server checks what an issued document says, whoever sends it: its total is what
        // its lines add up to (the rule of InvoiceTotals), and credit notes never credit more
        // than their invoice holds.
        QStringLiteral(R"sql(
CREATE FUNCTION cashcycle_lines_total(lines jsonb, tax_rounding integer) RETURNS bigint
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    -- numeric, so no product overflows; round() rounds half away from zero, like the desktop.
    WITH line AS (
        SELECT round((v->>'quantity_milli')::numeric * (v->>'unit_price_minor')::numeric
                     * (10000 - COALESCE((v->>'discount_bp')::int, 0)) / 10000000) AS net,
               COALESCE((v->>'tax_bp')::int, 0) AS rate
        FROM jsonb_array_elements(lines) AS v),
    tax AS (
        SELECT CASE WHEN tax_rounding = 0 THEN (SELECT sum(round(net * rate / 10000)) FROM line)
                    ELSE (SELECT sum(round(n * rate / 10000)) FROM (SELECT sum(net) AS n, rate FROM line GROUP BY rate) r)
               END AS amount)
    SELECT (COALESCE((SELECT sum(net) FROM line), 0) + COALESCE((SELECT amount FROM tax), 0))::bigint
$$;

CREATE OR REPLACE FUNCTION cashcycle_issue_document(doc jsonb, OUT issued_number text, OUT issued_version bigint)
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    lines_total bigint;
    expected_total bigint;
BEGIN
    SELECT i.number, i.row_version INTO issued_number, issued_version
    FROM invoices i WHERE i.draft_id = (doc->>'draft_id')::uuid;
    IF issued_number IS NOT NULL THEN
        RETURN;
    END IF;
    IF jsonb_array_length(COALESCE(doc->'lines', '[]')) = 0 THEN
        RAISE EXCEPTION 'a document is issued with at least one line';
    END IF;
    lines_total := cashcycle_lines_total(doc->'lines', COALESCE((doc->>'tax_rounding')::smallint, 0));
    -- A credit note carries its lines' total as a negative amount.
    expected_total := CASE WHEN (doc->>'kind')::smallint = 1 THEN -lines_total ELSE lines_total END;
    IF (doc->>'total_minor')::bigint <> expected_total THEN
        RAISE EXCEPTION 'the total % is not what the lines add up to (%)', doc->>'total_minor', expected_total;
    END IF;
    issued_number := cashcycle_take_number(doc->>'series', (doc->>'invoice_date')::date);
    INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status,
                          corrects_number, terms, tax_rounding, customer_reference, notes, draft_id, series)
    VALUES (issued_number, doc->>'customer_id', (doc->>'kind')::smallint, (doc->>'invoice_date')::date,
            (doc->>'due_date')::date, doc->>'currency', (doc->>'total_minor')::bigint, 'open',
            doc->>'corrects_number', COALESCE(doc->>'terms', ''), COALESCE((doc->>'tax_rounding')::smallint, 0),
            COALESCE(doc->>'customer_reference', ''), COALESCE(doc->>'notes', ''), (doc->>'draft_id')::uuid,
            doc->>'series')
    RETURNING row_version INTO issued_version;
    PERFORM cashcycle_add_issued_lines(issued_number, doc->'lines');
END $$;

CREATE FUNCTION cashcycle_check_credit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    corrected record;
    credited bigint;
BEGIN
    IF NEW.kind <> 1 OR NEW.corrects_number IS NULL THEN
        RETURN NEW;
    END IF;
    -- Locked, so two credit notes for one invoice are weighed one after the other.
    SELECT number, customer_id, currency, total_minor, kind INTO corrected
    FROM invoices WHERE number = NEW.corrects_number FOR UPDATE;
    IF NOT FOUND OR corrected.kind <> 0 THEN
        RAISE EXCEPTION 'credit note % corrects %, which is not an invoice', NEW.number, NEW.corrects_number;
    END IF;
    IF corrected.customer_id <> NEW.customer_id OR corrected.currency <> NEW.currency THEN
        RAISE EXCEPTION 'credit note % must be for the customer and currency of invoice %', NEW.number, corrected.number;
    END IF;
    SELECT COALESCE(sum(-total_minor), 0) INTO credited
    FROM invoices WHERE kind = 1 AND corrects_number = NEW.corrects_number AND number <> NEW.number;
    IF credited - NEW.total_minor > corrected.total_minor THEN
        RAISE EXCEPTION 'credit note % would bring the credit on invoice % to %, more than its total %',
            NEW.number, corrected.number, credited - NEW.total_minor, corrected.total_minor;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER invoices_credit_limit BEFORE INSERT ON invoices
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_credit();
GRANT EXECUTE ON FUNCTION cashcycle_lines_total(jsonb, integer) TO cashcycle_collector, cashcycle_admin;
)sql"),
        // 10: payments as AR records them: what a foreign-currency payment brought and its rate,
        // reversals of bounced payments, early-payment discounts granted with a payment, and
        // refunds of unapplied cash. Whoever sends them, a payment is never used for more than
        // it brought, an invoice never settled beyond its total, and a reversed payment never
        // applied again. Refunds pay money out: credit managers and admins record them.
        QStringLiteral(R"sql(
ALTER TABLE payments
    ADD COLUMN received_currency char(3),
    ADD COLUMN received_minor bigint CHECK (received_minor > 0),
    ADD COLUMN fx_rate text CHECK (fx_rate ~ '^[0-9]{1,9}(\.[0-9]{1,10})?$' AND fx_rate::numeric > 0),
    ADD COLUMN reversed_date date,
    ADD COLUMN reversal_reason text NOT NULL DEFAULT '',
    ADD CONSTRAINT payments_received_at_a_rate CHECK (num_nulls(received_currency, received_minor, fx_rate) IN (0, 3)),
    ADD CONSTRAINT payments_reversal_reason CHECK (reversed_date IS NULL OR reversal_reason <> '');
ALTER TABLE allocations
    ADD COLUMN discount_payment_id text REFERENCES payments(id),
    DROP CONSTRAINT allocations_check,
    ADD CONSTRAINT allocations_one_source CHECK (num_nonnulls(payment_id, credit_note_number, discount_payment_id) = 1);
CREATE INDEX allocations_payment ON allocations(payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX allocations_discount ON allocations(discount_payment_id) WHERE discount_payment_id IS NOT NULL;
ALTER POLICY allocations_of_visible ON allocations
    WITH CHECK (EXISTS (SELECT FROM invoices i WHERE i.number = invoice_number)
                AND (payment_id IS NULL OR EXISTS (SELECT FROM payments p WHERE p.id = payment_id))
                AND (discount_payment_id IS NULL OR EXISTS (SELECT FROM payments p WHERE p.id = discount_payment_id))
                AND (credit_note_number IS NULL OR EXISTS (SELECT FROM invoices n WHERE n.number = credit_note_number)));

CREATE TABLE refunds (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    payment_id text NOT NULL REFERENCES payments(id),
    refund_date date NOT NULL,
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    method text NOT NULL DEFAULT '',
    reference text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX refunds_customer ON refunds(customer_id);
CREATE INDEX refunds_payment ON refunds(payment_id);
SELECT cashcycle_sync_customer_records('refunds');
GRANT SELECT ON refunds TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE, DELETE ON refunds TO cashcycle_credit_manager, cashcycle_admin;

-- After the row is written, so row security has let the writer name the payment and invoice.
-- Sums see every row whatever the writer may see; the payment and invoice rows are locked,
-- so two desktops applying the same payment or paying the same invoice are weighed in turn.
CREATE FUNCTION cashcycle_check_payment_use() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    used_by text;
    paid record;
    target record;
    used bigint;
    settled bigint;
BEGIN
    IF TG_TABLE_NAME = 'refunds' THEN
        used_by := NEW.payment_id;
    ELSE
        used_by := COALESCE(NEW.payment_id, NEW.discount_payment_id);
    END IF;
    IF used_by IS NOT NULL THEN
        SELECT id, customer_id, currency, amount_minor, reversed_date INTO paid
        FROM payments WHERE id = used_by FOR UPDATE;
        IF paid.reversed_date IS NOT NULL THEN
            RAISE EXCEPTION 'payment % was reversed on %: nothing more can be applied from it', paid.id,
                paid.reversed_date;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'allocations' THEN
        SELECT number, currency, total_minor, kind INTO target
        FROM invoices WHERE number = NEW.invoice_number FOR UPDATE;
        IF used_by IS NOT NULL AND target.currency <> paid.currency THEN
            RAISE EXCEPTION 'payment % is in %, invoice % in %', paid.id, paid.currency, target.number,
                target.currency;
        END IF;
        SELECT COALESCE(sum(amount_minor), 0) INTO settled FROM allocations WHERE invoice_number = NEW.invoice_number;
        IF target.kind = 0 AND settled > target.total_minor THEN
            RAISE EXCEPTION 'invoice % would be settled for %, more than its total %', target.number, settled,
                target.total_minor;
        END IF;
        -- A discount settles the invoice without using the payment's cash.
        IF NEW.payment_id IS NULL THEN
            RETURN NULL;
        END IF;
    ELSIF NEW.currency <> paid.currency OR NEW.customer_id <> paid.customer_id THEN
        RAISE EXCEPTION 'refund % must be to the customer and in the currency of payment %', NEW.id, paid.id;
    END IF;
    SELECT COALESCE(sum(amount_minor), 0) INTO used FROM (
        SELECT amount_minor FROM allocations WHERE payment_id = used_by
        UNION ALL SELECT amount_minor FROM refunds WHERE payment_id = used_by) uses;
    IF used > paid.amount_minor THEN
        RAISE EXCEPTION 'payment % would be used for %, more than the % it brought', paid.id, used,
            paid.amount_minor;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER allocations_within_payment AFTER INSERT OR UPDATE ON allocations
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_payment_use();
CREATE TRIGGER refunds_within_payment AFTER INSERT OR UPDATE ON refunds
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_payment_use();

CREATE FUNCTION cashcycle_check_payment_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    used bigint;
BEGIN
    IF OLD.reversed_date IS NOT NULL THEN
        RAISE EXCEPTION 'payment % was reversed on %; it does not change any more', OLD.id, OLD.reversed_date;
    END IF;
    SELECT COALESCE(sum(amount_minor), 0) INTO used FROM (
        SELECT amount_minor FROM allocations WHERE payment_id = NEW.id
        UNION ALL SELECT amount_minor FROM refunds WHERE payment_id = NEW.id) uses;
    IF NEW.reversed_date IS NOT NULL AND (used > 0 OR EXISTS (
            SELECT FROM allocations WHERE discount_payment_id = NEW.id)) THEN
        RAISE EXCEPTION 'payment % is still applied or refunded: undo that before reversing it', NEW.id;
    END IF;
    IF used > NEW.amount_minor OR (used > 0 AND NEW.currency <> OLD.currency) THEN
        RAISE EXCEPTION 'payment % is applied for % %; it cannot become % %', NEW.id, used, OLD.currency,
            NEW.amount_minor, NEW.currency;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payments_change_checked BEFORE UPDATE OF amount_minor, currency, reversed_date ON payments
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_payment_change();
)sql"),
        // 11: write-offs. A collector asks to write off what is left of an invoice; up to the
        // team's limit per currency (team setting write_off.approval_limits, minor units as JSON)
        // it is approved at once, above it a credit manager or admin other than the requester
        // decides. Only an approved write-off settles its invoice, for exactly its amount.
        QStringLiteral(R"sql(
CREATE TABLE write_offs (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    invoice_number text NOT NULL REFERENCES invoices(number),
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    reason text NOT NULL CHECK (reason <> ''),
    requested_by text NOT NULL DEFAULT current_user,
    requested_date date NOT NULL,
    status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected')),
    decided_by text,
    decided_date date,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX write_offs_customer ON write_offs(customer_id);
SELECT cashcycle_sync_customer_records('write_offs');
GRANT SELECT ON write_offs TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON write_offs TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
GRANT UPDATE (status, decided_by, decided_date) ON write_offs TO cashcycle_credit_manager, cashcycle_admin;
-- The approver's desktop settles the invoice as it approves.
GRANT INSERT ON allocations TO cashcycle_credit_manager;

CREATE FUNCTION cashcycle_check_write_off() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written_off record;
    decider text := session_user;
    limit_minor bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT customer_id, currency INTO written_off FROM invoices WHERE number = NEW.invoice_number;
        IF written_off.customer_id <> NEW.customer_id OR written_off.currency <> NEW.currency THEN
            RAISE EXCEPTION 'write-off % must be for the customer and currency of invoice %', NEW.id,
                NEW.invoice_number;
        END IF;
        NEW.requested_by := decider;
        IF NEW.status = 'rejected' THEN
            RAISE EXCEPTION 'a write-off is requested or approved, not rejected, when it is made';
        END IF;
    ELSIF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NEW;
    ELSIF OLD.status <> 'requested' THEN
        RAISE EXCEPTION 'write-off % was % already', OLD.id, OLD.status;
    END IF;
    IF NEW.status = 'approved' THEN
        SELECT (value::jsonb ->> NEW.currency)::bigint INTO limit_minor
        FROM team_settings WHERE key = 'write_off.approval_limits';
        IF NEW.amount_minor > COALESCE(limit_minor, 0) THEN
            IF NOT pg_has_role(decider, 'cashcycle_credit_manager', 'MEMBER')
                    AND NOT pg_has_role(decider, 'cashcycle_admin', 'MEMBER') THEN
                RAISE EXCEPTION 'write-off % of % % is above the limit of %: a credit manager approves it', NEW.id,
                    NEW.amount_minor, NEW.currency, COALESCE(limit_minor, 0) USING ERRCODE = '42501';
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.requested_by = decider THEN
                RAISE EXCEPTION 'write-off % is decided by someone other than who asked for it', NEW.id
                    USING ERRCODE = '42501';
            END IF;
        END IF;
    END IF;
    IF NEW.status <> 'requested' THEN
        NEW.decided_by := decider;
        NEW.decided_date := COALESCE(NEW.decided_date, current_date);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER write_offs_checked BEFORE INSERT OR UPDATE ON write_offs
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_write_off();

ALTER TABLE allocations
    ADD COLUMN write_off_id uuid REFERENCES write_offs(id),
    DROP CONSTRAINT allocations_one_source,
    ADD CONSTRAINT allocations_one_source
        CHECK (num_nonnulls(payment_id, credit_note_number, discount_payment_id, write_off_id) = 1);
CREATE UNIQUE INDEX allocations_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;

-- Version 10's check read a payment's currency for allocations without one (credit notes).
CREATE OR REPLACE FUNCTION cashcycle_check_payment_use() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    used_by text;
    paid record;
    target record;
    used bigint;
    settled bigint;
BEGIN
    IF TG_TABLE_NAME = 'refunds' THEN
        used_by := NEW.payment_id;
    ELSE
        used_by := COALESCE(NEW.payment_id, NEW.discount_payment_id);
    END IF;
    IF used_by IS NOT NULL THEN
        SELECT id, customer_id, currency, amount_minor, reversed_date INTO paid
        FROM payments WHERE id = used_by FOR UPDATE;
        IF paid.reversed_date IS NOT NULL THEN
            RAISE EXCEPTION 'payment % was reversed on %: nothing more can be applied from it', paid.id,
                paid.reversed_date;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'allocations' THEN
        SELECT number, currency, total_minor, kind INTO target
        FROM invoices WHERE number = NEW.invoice_number FOR UPDATE;
        -- Nested: plpgsql reads paid's fields even when the first test fails.
        IF used_by IS NOT NULL THEN
            IF target.currency <> paid.currency THEN
                RAISE EXCEPTION 'payment % is in %, invoice % in %', paid.id, paid.currency, target.number,
                    target.currency;
            END IF;
        END IF;
        SELECT COALESCE(sum(amount_minor), 0) INTO settled FROM allocations WHERE invoice_number = NEW.invoice_number;
        IF target.kind = 0 AND settled > target.total_minor THEN
            RAISE EXCEPTION 'invoice % would be settled for %, more than its total %', target.number, settled,
                target.total_minor;
        END IF;
        -- A discount settles the invoice without using the payment's cash.
        IF NEW.payment_id IS NULL THEN
            RETURN NULL;
        END IF;
    ELSIF NEW.currency <> paid.currency OR NEW.customer_id <> paid.customer_id THEN
        RAISE EXCEPTION 'refund % must be to the customer and in the currency of payment %', NEW.id, paid.id;
    END IF;
    SELECT COALESCE(sum(amount_minor), 0) INTO used FROM (
        SELECT amount_minor FROM allocations WHERE payment_id = used_by
        UNION ALL SELECT amount_minor FROM refunds WHERE payment_id = used_by) uses;
    IF used > paid.amount_minor THEN
        RAISE EXCEPTION 'payment % would be used for %, more than the % it brought', paid.id, used,
            paid.amount_minor;
    END IF;
    RETURN NULL;
END $$;

-- An approved write-off settles its own invoice for exactly its amount.
CREATE FUNCTION cashcycle_check_write_off_use() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written_off record;
BEGIN
    SELECT id, invoice_number, amount_minor, status INTO written_off FROM write_offs WHERE id = NEW.write_off_id;
    IF written_off.status <> 'approved' THEN
        RAISE EXCEPTION 'write-off % is %, not approved: it settles nothing yet', written_off.id, written_off.status;
    END IF;
    IF written_off.invoice_number <> NEW.invoice_number OR written_off.amount_minor <> NEW.amount_minor THEN
        RAISE EXCEPTION 'write-off % settles % of invoice %, nothing else', written_off.id,
            written_off.amount_minor, written_off.invoice_number;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER allocations_write_off_approved AFTER INSERT OR UPDATE ON allocations
    FOR EACH ROW WHEN (NEW.write_off_id IS NOT NULL) EXECUTE FUNCTION cashcycle_check_write_off_use();
)sql"),
        // 12: sales orders. Releasing one is a credit decision: whoever is not a credit manager
        // or admin may release only an order that passes the credit check, computed here from
        // what the server holds (open invoices less unapplied cash, plus released orders, plus
        // this one, within the credit limit; overdue amounts within the team's threshold per
        // currency, team setting credit.overdue_limits). A held order only a credit manager releases.
        QStringLiteral(R"sql(
CREATE TABLE sales_orders (
    id text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    order_date date NOT NULL,
    currency char(3) NOT NULL,
    total_minor bigint NOT NULL CHECK (total_minor >= 0),
    lines text NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(lines::jsonb) = 'array'),
    customer_reference text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('open', 'held', 'released', 'invoiced', 'cancelled')),
    hold_reason text NOT NULL DEFAULT '',
    decided_by text NOT NULL DEFAULT '',
    invoice_draft text,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (status <> 'held' OR hold_reason <> '')
);
CREATE INDEX sales_orders_customer ON sales_orders(customer_id, status);
SELECT cashcycle_sync_customer_records('sales_orders');
GRANT SELECT ON sales_orders TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE ON sales_orders TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
GRANT DELETE ON sales_orders TO cashcycle_admin;

CREATE FUNCTION cashcycle_check_order_release() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    decider text := session_user;
    credit_limit bigint;
    open_receivables bigint;
    unapplied bigint;
    open_orders bigint;
    overdue bigint;
    threshold bigint;
    exposure bigint;
BEGIN
    IF NEW.status NOT IN ('released', 'held') OR (TG_OP = 'UPDATE' AND OLD.status = NEW.status) THEN
        RETURN NEW;
    END IF;
    NEW.decided_by := decider;
    IF NEW.status = 'held' OR pg_has_role(decider, 'cashcycle_credit_manager', 'MEMBER')
            OR pg_has_role(decider, 'cashcycle_admin', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'held' THEN
        RAISE EXCEPTION 'order % is on hold (%): a credit manager releases it', NEW.id, OLD.hold_reason
            USING ERRCODE = '42501';
    END IF;
    SELECT c.credit_limit_minor INTO credit_limit FROM customers c WHERE c.id = NEW.customer_id;
    WITH documents AS (
        SELECT i.due_date, i.total_minor
               - COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.invoice_number = i.number), 0)
               + COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.credit_note_number = i.number), 0)
               AS open_minor
        FROM invoices i
        WHERE i.customer_id = NEW.customer_id AND i.currency = NEW.currency AND i.status NOT IN ('draft', 'cancelled'))
    SELECT COALESCE(sum(open_minor), 0),
           COALESCE(sum(open_minor) FILTER (WHERE due_date < current_date AND open_minor > 0), 0)
    INTO open_receivables, overdue FROM documents;
    SELECT COALESCE(sum(p.amount_minor
               - COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.payment_id = p.id), 0)
               - COALESCE((SELECT sum(r.amount_minor) FROM refunds r WHERE r.payment_id = p.id), 0)), 0)
    INTO unapplied FROM payments p
    WHERE p.customer_id = NEW.customer_id AND p.currency = NEW.currency AND p.reversed_date IS NULL;
    SELECT COALESCE(sum(o.total_minor), 0) INTO open_orders FROM sales_orders o
    WHERE o.customer_id = NEW.customer_id AND o.currency = NEW.currency AND o.status = 'released' AND o.id <> NEW.id;
    SELECT (value::jsonb ->> NEW.currency)::bigint INTO threshold
    FROM team_settings WHERE key = 'credit.overdue_limits';
    exposure := open_receivables - unapplied + open_orders + NEW.total_minor;
    IF COALESCE(credit_limit, 0) <= 0 OR exposure > credit_limit THEN
        RAISE EXCEPTION 'order % would bring exposure to % against a credit limit of %: a credit manager releases it',
            NEW.id, exposure, COALESCE(credit_limit, 0) USING ERRCODE = '42501';
    END IF;
    IF threshold IS NOT NULL AND overdue > threshold THEN
        RAISE EXCEPTION 'customer % has % overdue, above the threshold of %: a credit manager releases order %',
            NEW.customer_id, overdue, threshold, NEW.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER sales_orders_release_checked BEFORE INSERT OR UPDATE OF status ON sales_orders
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_order_release();
)sql"),
        // 13: late-payment charges, one row per overdue invoice and charge, so no desktop charges
        // the same days or flat fee twice.
        QStringLiteral(R"sql(
CREATE TABLE late_fee_charges (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    invoice_number text NOT NULL REFERENCES invoices(number),
    currency char(3) NOT NULL,
    charged_from date NOT NULL,
    charged_to date NOT NULL CHECK (charged_to >= charged_from),
    interest_minor bigint NOT NULL CHECK (interest_minor >= 0),
    fee_minor bigint NOT NULL CHECK (fee_minor >= 0),
    charge_draft text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX late_fee_charges_customer ON late_fee_charges(customer_id);
CREATE INDEX late_fee_charges_invoice ON late_fee_charges(invoice_number, charged_to);
CREATE UNIQUE INDEX late_fee_charges_one_fee ON late_fee_charges(invoice_number) WHERE fee_minor > 0;
SELECT cashcycle_sync_customer_records('late_fee_charges');
GRANT SELECT ON late_fee_charges TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON late_fee_charges TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
GRANT DELETE ON late_fee_charges TO cashcycle_admin;

-- The same days of an invoice bear interest once, whichever desktop charges them: the
-- invoice row is locked, so two charges of one invoice are weighed one after the other.
CREATE FUNCTION cashcycle_check_late_fee() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    overlapping record;
BEGIN
    PERFORM 1 FROM invoices WHERE number = NEW.invoice_number FOR UPDATE;
    SELECT charged_from, charged_to INTO overlapping FROM late_fee_charges c
    WHERE c.invoice_number = NEW.invoice_number AND c.id <> NEW.id AND c.interest_minor > 0
      AND NEW.interest_minor > 0 AND c.charged_from <= NEW.charged_to AND NEW.charged_from <= c.charged_to;
    IF FOUND THEN
        RAISE EXCEPTION 'interest on invoice % was charged for % to % already', NEW.invoice_number,
            overlapping.charged_from, overlapping.charged_to;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER late_fee_charges_once BEFORE INSERT OR UPDATE ON late_fee_charges
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_late_fee();
)sql"),
        // 14: how disputes end, and who may end them. A dispute is resolved by a credit note, a
        // write-off or a rejection. Above the team's limit for that kind (team setting
        // dispute.approval_limits: {"credit_note": {"EUR": 50000}, "rejected": {...}}; write-offs
        // use write_off.approval_limits) a collector only proposes it and a credit manager or
        // admin resolves it; every step follows the workflow, checked here. Credit managers
        // issue the credit notes they approve. Files that back a dispute sync with it.
        QStringLiteral(R"sql(
ALTER TABLE disputes
    ADD COLUMN resolution text CHECK (resolution IN ('credit_note', 'write_off', 'rejected')),
    ADD COLUMN resolution_minor bigint NOT NULL DEFAULT 0 CHECK (resolution_minor >= 0),
    ADD COLUMN resolution_state text CHECK (resolution_state IN ('proposed', 'approved')),
    ADD COLUMN resolution_document text NOT NULL DEFAULT '',
    ADD COLUMN proposed_by text NOT NULL DEFAULT '',
    ADD COLUMN decided_by text NOT NULL DEFAULT '',
    ADD CONSTRAINT disputes_resolution_within CHECK (resolution_minor <= amount_minor);
-- Disputes resolved before resolutions were recorded gave their amount back to collect.
UPDATE disputes SET resolution = 'rejected', resolution_state = 'approved' WHERE status = 'resolved';

CREATE FUNCTION cashcycle_check_dispute_step() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor text := session_user;
    invoice_currency text;
    limit_minor bigint;
    weighed bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'new' OR NEW.resolution IS NOT NULL OR NEW.resolution_state IS NOT NULL THEN
            RAISE EXCEPTION 'dispute % is opened as new, without a resolution', NEW.id USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.invoice_number, NEW.amount_minor, NEW.reason, NEW.opened_date)
            IS DISTINCT FROM (OLD.invoice_number, OLD.amount_minor, OLD.reason, OLD.opened_date) THEN
        RAISE EXCEPTION 'dispute % keeps its invoice, amount, reason and opening date; open another one', NEW.id
            USING ERRCODE = '42501';
    END IF;
    IF NEW.status <> OLD.status AND NOT (
            (OLD.status = 'new' AND NEW.status IN ('investigating', 'resolved'))
            OR (OLD.status = 'investigating' AND NEW.status IN ('waiting', 'resolved'))
            OR (OLD.status = 'waiting' AND NEW.status IN ('investigating', 'resolved'))
            OR (OLD.status = 'resolved' AND NEW.status = 'investigating')) THEN
        RAISE EXCEPTION 'a % dispute cannot become %', OLD.status, NEW.status USING ERRCODE = '42501';
    END IF;
    IF OLD.status = 'resolved' THEN
        IF NEW.status = 'resolved' THEN
            IF (NEW.resolution, NEW.resolution_minor, NEW.resolution_state, NEW.resolution_document, NEW.resolved_date)
                    IS DISTINCT FROM (OLD.resolution, OLD.resolution_minor, OLD.resolution_state,
                                      OLD.resolution_document, OLD.resolved_date) THEN
                RAISE EXCEPTION 'dispute % is resolved; reopen it to change how', NEW.id USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END IF;
        -- Reopened: how it ended stays in the audit log and on the timeline.
        NEW.resolution := NULL;
        NEW.resolution_minor := 0;
        NEW.resolution_state := NULL;
        NEW.resolution_document := '';
        NEW.proposed_by := '';
        NEW.decided_by := '';
        NEW.resolved_date := NULL;
        RETURN NEW;
    END IF;
    IF NEW.resolution_state IS NULL THEN
        IF NEW.status = 'resolved' THEN
            RAISE EXCEPTION 'dispute % is resolved by a credit note, a write-off or a rejection', NEW.id;
        END IF;
        NEW.resolution := NULL;
        NEW.resolution_minor := 0;
        NEW.resolution_document := '';
        NEW.proposed_by := '';
        NEW.decided_by := '';
        RETURN NEW;
    END IF;
    IF NEW.resolution IS NULL OR (NEW.resolution = 'rejected') <> (NEW.resolution_minor = 0) THEN
        RAISE EXCEPTION 'dispute %: a credit note or write-off is for a positive amount, a rejection for none', NEW.id;
    END IF;
    IF NEW.resolution_state = 'proposed' THEN
        IF NEW.status = 'resolved' THEN
            RAISE EXCEPTION 'a proposed resolution does not resolve dispute % yet', NEW.id;
        END IF;
        IF OLD.resolution_state IS DISTINCT FROM 'proposed'
                OR (NEW.resolution, NEW.resolution_minor) IS DISTINCT FROM (OLD.resolution, OLD.resolution_minor) THEN
            NEW.proposed_by := actor;
        ELSE
            NEW.proposed_by := OLD.proposed_by;
        END IF;
        NEW.decided_by := '';
        RETURN NEW;
    END IF;
    IF NEW.status <> 'resolved' THEN
        RAISE EXCEPTION 'an approved resolution resolves dispute %', NEW.id;
    END IF;
    SELECT i.currency INTO invoice_currency FROM invoices i WHERE i.number = NEW.invoice_number;
    IF NEW.resolution = 'write_off' THEN
        SELECT (value::jsonb ->> invoice_currency)::bigint INTO limit_minor
        FROM team_settings WHERE key = 'write_off.approval_limits';
    ELSE
        SELECT (value::jsonb -> NEW.resolution ->> invoice_currency)::bigint INTO limit_minor
        FROM team_settings WHERE key = 'dispute.approval_limits';
    END IF;
    weighed := CASE WHEN NEW.resolution = 'rejected' THEN NEW.amount_minor ELSE NEW.resolution_minor END;
    IF weighed > COALESCE(limit_minor, 0) AND NOT pg_has_role(actor, 'cashcycle_credit_manager', 'MEMBER')
            AND NOT pg_has_role(actor, 'cashcycle_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'resolving dispute % by % of % % is above the limit of %: a credit manager approves it',
            NEW.id, NEW.resolution, weighed, invoice_currency, COALESCE(limit_minor, 0) USING ERRCODE = '42501';
    END IF;
    NEW.proposed_by := CASE WHEN OLD.resolution_state = 'proposed' THEN OLD.proposed_by ELSE actor END;
    NEW.decided_by := actor;
    NEW.resolved_date := COALESCE(NEW.resolved_date, current_date);
    RETURN NEW;
END $$;
CREATE TRIGGER disputes_step_checked BEFORE INSERT OR UPDATE ON disputes
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_dispute_step();

-- Credit managers issue the credit notes that resolve disputes, and only credit notes.
GRANT INSERT ON invoices TO cashcycle_credit_manager;
GRANT EXECUTE ON FUNCTION cashcycle_issue_document(jsonb), cashcycle_take_number(text, date),
    cashcycle_add_issued_lines(text, jsonb), cashcycle_format_number(text, text, bigint),
    cashcycle_lines_total(jsonb, integer) TO cashcycle_credit_manager;
CREATE FUNCTION cashcycle_check_issuer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.kind <> 1 AND NOT pg_has_role(session_user, 'cashcycle_collector', 'MEMBER')
            AND NOT pg_has_role(session_user, 'cashcycle_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'a credit manager issues credit notes, not invoices' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER invoices_issuer_checked BEFORE INSERT ON invoices
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_issuer();

CREATE TABLE dispute_attachments (
    id uuid PRIMARY KEY,
    dispute_id uuid NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    file_name text NOT NULL CHECK (file_name <> ''),
    media_type text NOT NULL DEFAULT 'application/octet-stream',
    content bytea NOT NULL CHECK (octet_length(content) <= 10485760),
    added_by text NOT NULL DEFAULT current_user,
    added_date date NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX dispute_attachments_customer ON dispute_attachments(customer_id);
SELECT cashcycle_sync_customer_records('dispute_attachments');
-- Files never change once added, so the audit log needs no copy of them: who added what is the row itself.
DROP TRIGGER dispute_attachments_audit ON dispute_attachments;
GRANT SELECT ON dispute_attachments TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON dispute_attachments TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
GRANT DELETE ON dispute_attachments TO cashcycle_admin;
CREATE FUNCTION cashcycle_check_attachment() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM disputes d WHERE d.id = NEW.dispute_id AND d.customer_id = NEW.customer_id) THEN
        RAISE EXCEPTION 'dispute % is not one of customer %', NEW.dispute_id, NEW.customer_id USING ERRCODE = '42501';
    END IF;
    NEW.added_by := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER dispute_attachments_checked BEFORE INSERT ON dispute_attachments
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_attachment();
)sql"),
        // 15: credit management. Limit requests (collectors or credit managers ask, with a
        // justification; a credit manager other than the requester decides; above the team's
        // CFO threshold per currency, team setting credit.cfo_thresholds, the CFO decides too).
        // Temporary limits end on their expiry date. A customer's limit is that of the latest
        // approved request in force, else the limit the ERP gave. Credit holds and releases
        // with their reasons, and periodic reviews. The order release check follows both.
        QStringLiteral(R"sql(
CREATE TABLE credit_requests (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    currency char(3) NOT NULL,
    limit_minor bigint NOT NULL CHECK (limit_minor >= 0),
    expires_date date,
    justification text NOT NULL CHECK (justification <> ''),
    requested_by text NOT NULL DEFAULT current_user,
    requested_date date NOT NULL,
    status text NOT NULL CHECK (status IN ('requested', 'awaiting_cfo', 'approved', 'rejected')),
    manager_by text NOT NULL DEFAULT '',
    cfo_by text NOT NULL DEFAULT '',
    decided_date date,
    decision_note text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (expires_date IS NULL OR expires_date >= requested_date)
);
CREATE INDEX credit_requests_customer ON credit_requests(customer_id);
SELECT cashcycle_sync_customer_records('credit_requests');
GRANT SELECT ON credit_requests TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON credit_requests TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
-- Collectors too, so that their attempt meets the check below and its reason, not a bare refusal.
GRANT UPDATE (status, manager_by, cfo_by, decided_date, decision_note) ON credit_requests
    TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
-- The CFO's decisions go up through sync; they stay on the request (the CFO logs no contacts).
GRANT SELECT, INSERT ON sync_applied TO cashcycle_cfo;

CREATE FUNCTION cashcycle_check_credit_request() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor text := session_user;
    manages boolean := pg_has_role(session_user, 'cashcycle_credit_manager', 'MEMBER')
        OR pg_has_role(session_user, 'cashcycle_admin', 'MEMBER');
    threshold bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'requested' THEN
            RAISE EXCEPTION 'credit request % is made as requested; a credit manager decides it', NEW.id
                USING ERRCODE = '42501';
        END IF;
        IF NEW.currency <> (SELECT c.currency FROM customers c WHERE c.id = NEW.customer_id) THEN
            RAISE EXCEPTION 'credit request % must be in the currency of customer %', NEW.id, NEW.customer_id;
        END IF;
        NEW.requested_by := actor;
        NEW.manager_by := '';
        NEW.cfo_by := '';
        NEW.decided_date := NULL;
        RETURN NEW;
    END IF;
    IF (NEW.customer_id, NEW.currency, NEW.limit_minor, NEW.expires_date, NEW.justification, NEW.requested_by,
            NEW.requested_date) IS DISTINCT FROM (OLD.customer_id, OLD.currency, OLD.limit_minor, OLD.expires_date,
            OLD.justification, OLD.requested_by, OLD.requested_date) THEN
        RAISE EXCEPTION 'credit request % keeps what was asked; make a new one', NEW.id USING ERRCODE = '42501';
    END IF;
    IF NEW.status = OLD.status THEN
        IF (NEW.manager_by, NEW.cfo_by, NEW.decided_date, NEW.decision_note)
                IS DISTINCT FROM (OLD.manager_by, OLD.cfo_by, OLD.decided_date, OLD.decision_note) THEN
            RAISE EXCEPTION 'credit request % keeps its decision', NEW.id USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    SELECT (value::jsonb ->> NEW.currency)::bigint INTO threshold FROM team_settings WHERE key = 'credit.cfo_thresholds';
    IF OLD.status = 'requested' AND NEW.status IN ('approved', 'awaiting_cfo', 'rejected') THEN
        IF NOT manages THEN
            RAISE EXCEPTION 'only a credit manager decides credit request %; % may not', NEW.id, actor
                USING ERRCODE = '42501';
        END IF;
        IF OLD.requested_by = actor AND NOT pg_has_role(actor, 'cashcycle_admin', 'MEMBER') THEN
            RAISE EXCEPTION 'credit request % is decided by someone other than who asked for it', NEW.id
                USING ERRCODE = '42501';
        END IF;
        IF NEW.status = 'approved' AND threshold IS NOT NULL AND NEW.limit_minor > threshold THEN
            RAISE EXCEPTION 'a credit limit of % % is above the CFO threshold of %: the CFO approves it too',
                NEW.limit_minor, NEW.currency, threshold USING ERRCODE = '42501';
        END IF;
        IF NEW.status = 'awaiting_cfo' AND (threshold IS NULL OR NEW.limit_minor <= threshold) THEN
            RAISE EXCEPTION 'credit request % is within the CFO threshold: approve it', NEW.id;
        END IF;
        NEW.manager_by := actor;
    ELSIF OLD.status = 'awaiting_cfo' AND NEW.status IN ('approved', 'rejected') THEN
        IF NOT pg_has_role(actor, 'cashcycle_cfo', 'MEMBER') AND NOT pg_has_role(actor, 'cashcycle_admin', 'MEMBER') THEN
            RAISE EXCEPTION 'credit request % waits for the CFO; % may not decide it', NEW.id, actor
                USING ERRCODE = '42501';
        END IF;
        NEW.cfo_by := actor;
    ELSE
        RAISE EXCEPTION 'a % credit request cannot become %', OLD.status, NEW.status USING ERRCODE = '42501';
    END IF;
    NEW.decided_date := COALESCE(NEW.decided_date, current_date);
    RETURN NEW;
END $$;
CREATE TRIGGER credit_requests_checked BEFORE INSERT OR UPDATE ON credit_requests
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_credit_request();

-- The same rule as CreditRepository::effectiveLimit on the desktop.
CREATE FUNCTION cashcycle_effective_limit(customer text, day date) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE(
        (SELECT r.limit_minor FROM credit_requests r
         WHERE r.customer_id = customer AND r.status = 'approved' AND r.expires_date >= day
         ORDER BY r.decided_date DESC, r.requested_date DESC, r.id DESC LIMIT 1),
        (SELECT r.limit_minor FROM credit_requests r
         WHERE r.customer_id = customer AND r.status = 'approved' AND r.expires_date IS NULL
         ORDER BY r.decided_date DESC, r.requested_date DESC, r.id DESC LIMIT 1),
        (SELECT c.credit_limit_minor FROM customers c WHERE c.id = customer))
$$;
REVOKE ALL ON FUNCTION cashcycle_effective_limit(text, date) FROM PUBLIC;

-- Each hold and release, with its reason; the latest says whether the customer is on hold.
CREATE TABLE credit_holds (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    action text NOT NULL CHECK (action IN ('hold', 'release')),
    reason text NOT NULL CHECK (reason <> ''),
    decided_by text NOT NULL DEFAULT current_user,
    decided_at timestamptz NOT NULL DEFAULT now(),
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX credit_holds_customer ON credit_holds(customer_id, decided_at);
SELECT cashcycle_sync_customer_records('credit_holds');
GRANT SELECT ON credit_holds TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON credit_holds TO cashcycle_credit_manager, cashcycle_admin;
CREATE FUNCTION cashcycle_stamp_credit_hold() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.decided_by := session_user;
    NEW.decided_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER credit_holds_stamped BEFORE INSERT ON credit_holds
    FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp_credit_hold();

-- Periodic credit reviews: who looked at the account, what they found, when to look again.
CREATE TABLE credit_reviews (
    id uuid PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    reviewed_date date NOT NULL,
    reviewed_by text NOT NULL DEFAULT current_user,
    risk_score integer NOT NULL CHECK (risk_score BETWEEN 0 AND 100),
    note text NOT NULL CHECK (note <> ''),
    next_review_date date NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (next_review_date > reviewed_date)
);
CREATE INDEX credit_reviews_customer ON credit_reviews(customer_id, reviewed_date);
SELECT cashcycle_sync_customer_records('credit_reviews');
GRANT SELECT ON credit_reviews TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT ON credit_reviews TO cashcycle_credit_manager, cashcycle_admin;
CREATE FUNCTION cashcycle_stamp_reviewer() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.reviewed_by := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER credit_reviews_author BEFORE INSERT ON credit_reviews
    FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp_reviewer();

-- A customer's full history is the credit manager's to see too, found by customer.
GRANT SELECT ON audit_log TO cashcycle_credit_manager;
CREATE INDEX audit_log_row ON audit_log (table_name, row_key);
CREATE INDEX audit_log_customer ON audit_log ((COALESCE(after ->> 'customer_id', before ->> 'customer_id')));

CREATE OR REPLACE FUNCTION cashcycle_check_order_release() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    decider text := session_user;
    credit_limit bigint;
    open_receivables bigint;
    unapplied bigint;
    open_orders bigint;
    overdue bigint;
    threshold bigint;
    exposure bigint;
    customer_hold record;
BEGIN
    IF NEW.status NOT IN ('released', 'held') OR (TG_OP = 'UPDATE' AND OLD.status = NEW.status) THEN
        RETURN NEW;
    END IF;
    NEW.decided_by := decider;
    IF NEW.status = 'held' OR pg_has_role(decider, 'cashcycle_credit_manager', 'MEMBER')
            OR pg_has_role(decider, 'cashcycle_admin', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'held' THEN
        RAISE EXCEPTION 'order % is on hold (%): a credit manager releases it', NEW.id, OLD.hold_reason
            USING ERRCODE = '42501';
    END IF;
    SELECT h.action, h.reason INTO customer_hold FROM credit_holds h WHERE h.customer_id = NEW.customer_id
    ORDER BY h.decided_at DESC, h.id DESC LIMIT 1;
    IF customer_hold.action = 'hold' THEN
        RAISE EXCEPTION 'customer % is on credit hold (%): a credit manager releases order %', NEW.customer_id,
            customer_hold.reason, NEW.id USING ERRCODE = '42501';
    END IF;
    credit_limit := cashcycle_effective_limit(NEW.customer_id, current_date);
    WITH documents AS (
        SELECT i.due_date, i.total_minor
               - COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.invoice_number = i.number), 0)
               + COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.credit_note_number = i.number), 0)
               AS open_minor
        FROM invoices i
        WHERE i.customer_id = NEW.customer_id AND i.currency = NEW.currency AND i.status NOT IN ('draft', 'cancelled'))
    SELECT COALESCE(sum(open_minor), 0),
           COALESCE(sum(open_minor) FILTER (WHERE due_date < current_date AND open_minor > 0), 0)
    INTO open_receivables, overdue FROM documents;
    SELECT COALESCE(sum(p.amount_minor
               - COALESCE((SELECT sum(a.amount_minor) FROM allocations a WHERE a.payment_id = p.id), 0)
               - COALESCE((SELECT sum(r.amount_minor) FROM refunds r WHERE r.payment_id = p.id), 0)), 0)
    INTO unapplied FROM payments p
    WHERE p.customer_id = NEW.customer_id AND p.currency = NEW.currency AND p.reversed_date IS NULL;
    SELECT COALESCE(sum(o.total_minor), 0) INTO open_orders FROM sales_orders o
    WHERE o.customer_id = NEW.customer_id AND o.currency = NEW.currency AND o.status = 'released' AND o.id <> NEW.id;
    SELECT (value::jsonb ->> NEW.currency)::bigint INTO threshold
    FROM team_settings WHERE key = 'credit.overdue_limits';
    exposure := open_receivables - unapplied + open_orders + NEW.total_minor;
    IF COALESCE(credit_limit, 0) <= 0 OR exposure > credit_limit THEN
        RAISE EXCEPTION 'order % would bring exposure to % against a credit limit of %: a credit manager releases it',
            NEW.id, exposure, COALESCE(credit_limit, 0) USING ERRCODE = '42501';
    END IF;
    IF threshold IS NOT NULL AND overdue > threshold THEN
        RAISE EXCEPTION 'customer % has % overdue, above the threshold of %: a credit manager releases order %',
            NEW.customer_id, overdue, threshold, NEW.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
)sql"),
        // 16: cash application. Imported bank statements and their lines are the team's, not
        // a customer's: everyone reads them; collectors, credit managers and admins import and
        // match. Ids come from what the bank sent, so two desktops importing one file make the
        // same rows. A line keeps its booking and amount and is posted once: only an undo clears
        // its payment; neither is ever deleted. What matching learned (account, name or word →
        // customer) hangs off the customer it names.
        QStringLiteral(R"sql(
CREATE TABLE bank_statements (
    id uuid PRIMARY KEY,
    format text NOT NULL,
    statement_ref text NOT NULL,
    account text NOT NULL,
    currency char(3) NOT NULL,
    opening_minor bigint,
    closing_minor bigint,
    opening_date date,
    closing_date date,
    balanced integer NOT NULL CHECK (balanced IN (0, 1)),
    file_name text NOT NULL,
    imported_at text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TABLE bank_lines (
    id uuid PRIMARY KEY,
    statement_id uuid NOT NULL REFERENCES bank_statements(id),
    fingerprint text NOT NULL UNIQUE,
    entry_ref text NOT NULL,
    bank_ref text NOT NULL,
    end_to_end text NOT NULL,
    booking_date date NOT NULL,
    value_date date,
    currency char(3) NOT NULL,
    amount_minor bigint NOT NULL,
    counterparty_name text NOT NULL,
    counterparty_iban text NOT NULL,
    counterparty_bic text NOT NULL,
    remittance text NOT NULL,
    structured_ref text NOT NULL,
    transaction_code text NOT NULL,
    reversal integer NOT NULL CHECK (reversal IN (0, 1)),
    status text NOT NULL CHECK (status IN ('unmatched', 'suggested', 'matched', 'dismissed')),
    customer_id text REFERENCES customers(id),
    confidence_bp integer NOT NULL DEFAULT 0 CHECK (confidence_bp BETWEEN 0 AND 10000),
    proposals text NOT NULL DEFAULT '[]',
    payment_id text,
    matched_by text NOT NULL DEFAULT '',
    write_offs text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK ((status = 'matched') = (payment_id IS NOT NULL))
);
CREATE INDEX bank_lines_status ON bank_lines(status, booking_date);
CREATE FUNCTION cashcycle_check_bank_line() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.statement_id, NEW.fingerprint, NEW.booking_date, NEW.currency, NEW.amount_minor, NEW.remittance)
            IS DISTINCT FROM (OLD.statement_id, OLD.fingerprint, OLD.booking_date, OLD.currency, OLD.amount_minor,
                              OLD.remittance) THEN
        RAISE EXCEPTION 'bank line % keeps what the bank sent', NEW.id USING ERRCODE = '42501';
    END IF;
    IF OLD.payment_id IS NOT NULL AND NEW.payment_id IS NOT NULL AND NEW.payment_id <> OLD.payment_id THEN
        RAISE EXCEPTION 'bank line % is posted already, as payment %', NEW.id, OLD.payment_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER bank_lines_checked BEFORE UPDATE ON bank_lines
    FOR EACH ROW EXECUTE FUNCTION cashcycle_check_bank_line();
DO $$
DECLARE
    synced text;
BEGIN
    FOREACH synced IN ARRAY ARRAY['bank_statements', 'bank_lines'] LOOP
        INSERT INTO audited_tables VALUES (synced);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION cashcycle_stamp()',
                       synced || '_stamp', synced);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION cashcycle_audit(''id'')', synced || '_audit', synced);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION cashcycle_notify_change()', synced || '_notify', synced);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', synced);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (true)', synced || '_read', synced);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (true)', synced || '_insert', synced);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (true) WITH CHECK (true)', synced || '_update', synced);
    END LOOP;
END $$;
GRANT SELECT ON bank_statements, bank_lines TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo,
    cashcycle_admin;
GRANT INSERT ON bank_statements TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
GRANT INSERT, UPDATE ON bank_lines TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
-- The payment a bank line became: two desktops posting one line make one payment, the other
-- is refused (and its allocations with it, for want of their payment). An undone one is
-- reversed, and the line may be posted again.
ALTER TABLE payments ADD COLUMN bank_line_id uuid;
CREATE UNIQUE INDEX payments_bank_line ON payments(bank_line_id) WHERE reversed_date IS NULL;

CREATE TABLE payer_links (
    id text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('account', 'name', 'token')),
    key text NOT NULL CHECK (key <> ''),
    customer_id text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    learned_from text NOT NULL,
    learned_at text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK (id = kind || ':' || key)
);
SELECT cashcycle_sync_customer_records('payer_links');
GRANT SELECT ON payer_links TO cashcycle_collector, cashcycle_credit_manager, cashcycle_cfo, cashcycle_admin;
GRANT INSERT, UPDATE, DELETE ON payer_links TO cashcycle_collector, cashcycle_credit_manager, cashcycle_admin;
)sql"),
    };
    return list;
}

const QString kLock = QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('cashcycle schema'))");

} // namespace

int ServerMigrations::latestVersion()
{
    return int(steps().size());
}

Result<int> ServerMigrations::currentVersion(PgConnection &conn)
{
    auto exists = conn.exec(QStringLiteral("SELECT to_regclass('public.schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    auto version = conn.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return int(version->int64(0, 0));
}

Status ServerMigrations::apply(PgConnection &conn)
{
    for (int next = 1; next <= latestVersion(); ++next) {
        if (auto status = conn.execute(QStringLiteral("BEGIN")); !status)
            return status;
        // Under the lock, read the version again: another `server init` may have just applied it.
        Status step = conn.execute(kLock
            + QStringLiteral("; CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                             "applied_at timestamptz NOT NULL DEFAULT now())"));
        Result<int> current = step ? currentVersion(conn) : Result<int>(step.error());
        if (current && *current > latestVersion()) {
            current = makeError(ErrorCode::ServerSchemaUnknown,
                tr("the server's schema has version %1, but this CashCycle knows only up to %2; update CashCycle")
                    .arg(*current)
                    .arg(latestVersion()));
        }
        if (current && *current < next) {
            step = conn.execute(steps().at(next - 1));
            if (step) {
                auto recorded = conn.exec(
                    QStringLiteral("INSERT INTO schema_version (version) VALUES ($1)"), { QString::number(next) });
                step = recorded ? success() : Status(recorded.error());
            }
        }
        if (!current || !step) {
            (void)conn.execute(QStringLiteral("ROLLBACK"));
            return !current ? current.error() : step.error();
        }
        if (auto status = conn.execute(QStringLiteral("COMMIT")); !status)
            return status;
    }
    return success();
}

Status ServerMigrations::checkCompatible(PgConnection &conn)
{
    auto version = currentVersion(conn);
    if (!version)
        return version.error();
    if (*version == 0) {
        return makeError(ErrorCode::ServerSchemaUnknown,
            tr("the server's database is not set up for CashCycle; run `cashcycle-cli server init` first"));
    }
    if (*version != latestVersion()) {
        return makeError(ErrorCode::ServerSchemaUnknown,
            *version > latestVersion()
                ? tr("the server's schema has version %1, but this CashCycle knows only up to %2; update CashCycle")
                      .arg(*version)
                      .arg(latestVersion())
                : tr("the server's schema has version %1 and needs an upgrade to %2; run `cashcycle-cli server init`")
                      .arg(*version)
                      .arg(latestVersion()));
    }
    return success();
}

} // namespace cc::server
