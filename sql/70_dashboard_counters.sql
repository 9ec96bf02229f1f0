-- The dashboard's counters: the pipeline summary and the lead funnel read these small tables
-- instead of aggregating every open deal and every lead of the organization (about 300 ms each
-- at 50k deals / 50k leads), and the activity counts read the per-day counters for the whole UTC
-- days of their period (rows only for the partial days at its ends). Triggers keep them current
-- in the transaction that writes the deal, lead or activity, so a dashboard never sees a count its
-- own organization's committed writes disagree with. tests/db/dashboard-counters.test.ts and
-- tests/db/activity-day-counters.test.ts compare them with the aggregates on random writes.
--
-- The API may only read them (its writes go through the SECURITY DEFINER trigger functions,
-- whose inserts the tenant policies still pin to the request's organization).
CALL app.enable_tenant_rls('stage_deal_counters', 'SELECT');
CALL app.enable_tenant_rls('lead_status_counters', 'SELECT');
CALL app.enable_tenant_rls('activity_day_counters', 'SELECT');

-- Concurrency: a counter row is updated with INSERT ... ON CONFLICT DO UPDATE (n = n + delta),
-- so concurrent writes add up instead of overwriting each other. The price: the row stays
-- locked until the writing transaction ends, so writes that touch the same stage (or lead
-- status) of one organization take turns for the rest of their transaction (a few ms here).
-- A deal that changes stage touches two rows: they are locked in stage_id order, so two moves in
-- opposite directions wait for each other instead of deadlocking.
-- Decrements are plain UPDATEs: a counted record always has its row, and when the row is gone
-- (its organization or stage is being deleted by a cascade) there is nothing left to correct;
-- an upsert there would re-insert a row for an organization that no longer exists.

-- Adds `delta` (+1 or -1) deals of `value` to a stage's counters. `probability` is the deal's
-- own; a deal without one is weighted by its stage's probability when the dashboard reads it, so
-- changing a stage's probability needs no counter update.
CREATE OR REPLACE FUNCTION app.count_stage_deal(p_org uuid, p_stage uuid, delta integer, value numeric, probability integer)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  IF delta > 0 THEN
    INSERT INTO stage_deal_counters AS c (org_id, stage_id, deal_count, total_value, own_probability_value, stage_probability_value)
    VALUES (p_org, p_stage, delta, delta * value, CASE WHEN probability IS NOT NULL THEN delta * value * probability ELSE 0 END,
            CASE WHEN probability IS NULL THEN delta * value ELSE 0 END)
    ON CONFLICT (org_id, stage_id) DO UPDATE SET
      deal_count = c.deal_count + excluded.deal_count,
      total_value = c.total_value + excluded.total_value,
      own_probability_value = c.own_probability_value + excluded.own_probability_value,
      stage_probability_value = c.stage_probability_value + excluded.stage_probability_value;
  ELSE
    UPDATE stage_deal_counters c SET
      deal_count = c.deal_count + delta,
      total_value = c.total_value + delta * value,
      own_probability_value = c.own_probability_value + CASE WHEN probability IS NOT NULL THEN delta * value * probability ELSE 0 END,
      stage_probability_value = c.stage_probability_value + CASE WHEN probability IS NULL THEN delta * value ELSE 0 END
     WHERE c.org_id = p_org AND c.stage_id = p_stage;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.count_stage_deal(uuid, uuid, integer, numeric, integer) FROM PUBLIC;

-- Deals in the pipeline (OPEN or ON_HOLD: not WON or LOST), not deleted, are counted under their stage.
CREATE OR REPLACE FUNCTION app.count_deal_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  was_counted boolean := TG_OP <> 'INSERT' AND OLD.status NOT IN ('WON', 'LOST') AND OLD.deleted_at IS NULL;
  is_counted boolean := TG_OP <> 'DELETE' AND NEW.status NOT IN ('WON', 'LOST') AND NEW.deleted_at IS NULL;
BEGIN
  IF was_counted AND is_counted AND OLD.org_id = NEW.org_id AND OLD.stage_id > NEW.stage_id THEN
    -- Lower stage_id first (see the top of this file): the new stage's row before the old one's.
    PERFORM app.count_stage_deal(NEW.org_id, NEW.stage_id, 1, NEW.value, NEW.probability);
    PERFORM app.count_stage_deal(OLD.org_id, OLD.stage_id, -1, OLD.value, OLD.probability);
  ELSE
    IF was_counted THEN PERFORM app.count_stage_deal(OLD.org_id, OLD.stage_id, -1, OLD.value, OLD.probability); END IF;
    IF is_counted THEN PERFORM app.count_stage_deal(NEW.org_id, NEW.stage_id, 1, NEW.value, NEW.probability); END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.count_deal_change() FROM PUBLIC;

-- Not deleted leads are counted under their status.
CREATE OR REPLACE FUNCTION app.count_lead_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  was_counted boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
  is_counted boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
  -- Both rows in status order (the enum's), as for stages.
  IF was_counted AND is_counted AND OLD.org_id = NEW.org_id AND OLD.status > NEW.status THEN
    INSERT INTO lead_status_counters AS c (org_id, status, lead_count) VALUES (NEW.org_id, NEW.status, 1)
      ON CONFLICT (org_id, status) DO UPDATE SET lead_count = c.lead_count + 1;
    UPDATE lead_status_counters SET lead_count = lead_count - 1 WHERE org_id = OLD.org_id AND status = OLD.status;
  ELSE
    IF was_counted THEN
      UPDATE lead_status_counters SET lead_count = lead_count - 1 WHERE org_id = OLD.org_id AND status = OLD.status;
    END IF;
    IF is_counted THEN
      INSERT INTO lead_status_counters AS c (org_id, status, lead_count) VALUES (NEW.org_id, NEW.status, 1)
        ON CONFLICT (org_id, status) DO UPDATE SET lead_count = c.lead_count + 1;
    END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.count_lead_change() FROM PUBLIC;

-- Adds `delta` (+1 or -1) activities to the counter of their UTC day, type and owner (the nil
-- UUID stands for no owner: the key cannot hold NULL, see prisma/schema.prisma).
-- Hot rows: every activity a team logs today of one type and owner lands on the same key, and a
-- single row per key made 16 concurrent inserters take turns until each commit (708-782 inserts/s
-- without the counters, 229-266 with one row, quick bench scale). So each key has up to 16 slots,
-- the writing backend's pid modulo 16: concurrent transactions run on different backends and
-- mostly write different rows (583-813 inserts/s without the counters, 489-655 with the slots,
-- same runs interleaved). A decrement subtracts in its own slot when that row exists (a slot
-- may go below zero: only the sum counts), else in the key's lowest slot, which exists because
-- the activity was counted under the key.
CREATE OR REPLACE FUNCTION app.count_activity_day(p_org uuid, p_occurred_at timestamptz, p_type activity_type, p_owner uuid, delta integer)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  counted_day date := (p_occurred_at AT TIME ZONE 'UTC')::date;
  counted_owner uuid := coalesce(p_owner, '00000000-0000-0000-0000-000000000000');
  own_slot smallint := pg_backend_pid() % 16;
BEGIN
  IF delta > 0 THEN
    INSERT INTO activity_day_counters AS c (org_id, day, type, owner_key, slot, activity_count)
    VALUES (p_org, counted_day, p_type, counted_owner, own_slot, delta)
    ON CONFLICT (org_id, day, type, owner_key, slot) DO UPDATE SET activity_count = c.activity_count + excluded.activity_count;
  ELSE
    UPDATE activity_day_counters c SET activity_count = c.activity_count + delta
     WHERE c.org_id = p_org AND c.day = counted_day AND c.type = p_type AND c.owner_key = counted_owner AND c.slot = own_slot;
    IF NOT FOUND THEN
      UPDATE activity_day_counters c SET activity_count = c.activity_count + delta
       WHERE c.org_id = p_org AND c.day = counted_day AND c.type = p_type AND c.owner_key = counted_owner
         AND c.slot = (SELECT min(l.slot) FROM activity_day_counters l
                        WHERE l.org_id = p_org AND l.day = counted_day AND l.type = p_type AND l.owner_key = counted_owner);
    END IF;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.count_activity_day(uuid, timestamptz, activity_type, uuid, integer) FROM PUBLIC;

-- Not deleted activities are counted under their UTC day, type and owner.
CREATE OR REPLACE FUNCTION app.count_activity_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  was_counted boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
  is_counted boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
  -- Both rows in key order (org, day, type, owner), as for stages: the new one first when lower.
  IF was_counted AND is_counted
     AND (OLD.org_id, (OLD.occurred_at AT TIME ZONE 'UTC')::date, OLD.type, coalesce(OLD.owner_id, '00000000-0000-0000-0000-000000000000'))
       > (NEW.org_id, (NEW.occurred_at AT TIME ZONE 'UTC')::date, NEW.type, coalesce(NEW.owner_id, '00000000-0000-0000-0000-000000000000')) THEN
    PERFORM app.count_activity_day(NEW.org_id, NEW.occurred_at, NEW.type, NEW.owner_id, 1);
    PERFORM app.count_activity_day(OLD.org_id, OLD.occurred_at, OLD.type, OLD.owner_id, -1);
  ELSE
    IF was_counted THEN PERFORM app.count_activity_day(OLD.org_id, OLD.occurred_at, OLD.type, OLD.owner_id, -1); END IF;
    IF is_counted THEN PERFORM app.count_activity_day(NEW.org_id, NEW.occurred_at, NEW.type, NEW.owner_id, 1); END IF;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.count_activity_change() FROM PUBLIC;

-- Updates fire the function only when a counted column changed (not for a renamed deal or a
-- lead's new phone number).
DROP TRIGGER IF EXISTS deals_count_insert_delete ON deals;
CREATE TRIGGER deals_count_insert_delete AFTER INSERT OR DELETE ON deals
  FOR EACH ROW EXECUTE FUNCTION app.count_deal_change();
DROP TRIGGER IF EXISTS deals_count_update ON deals;
CREATE TRIGGER deals_count_update AFTER UPDATE ON deals
  FOR EACH ROW
  WHEN ((OLD.org_id, OLD.stage_id, OLD.status, OLD.value, OLD.probability, OLD.deleted_at IS NULL)
        IS DISTINCT FROM (NEW.org_id, NEW.stage_id, NEW.status, NEW.value, NEW.probability, NEW.deleted_at IS NULL))
  EXECUTE FUNCTION app.count_deal_change();
DROP TRIGGER IF EXISTS leads_count_insert_delete ON leads;
CREATE TRIGGER leads_count_insert_delete AFTER INSERT OR DELETE ON leads
  FOR EACH ROW EXECUTE FUNCTION app.count_lead_change();
DROP TRIGGER IF EXISTS leads_count_update ON leads;
CREATE TRIGGER leads_count_update AFTER UPDATE ON leads
  FOR EACH ROW
  WHEN ((OLD.org_id, OLD.status, OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.org_id, NEW.status, NEW.deleted_at IS NULL))
  EXECUTE FUNCTION app.count_lead_change();
DROP TRIGGER IF EXISTS activities_count_insert_delete ON activities;
CREATE TRIGGER activities_count_insert_delete AFTER INSERT OR DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION app.count_activity_change();
DROP TRIGGER IF EXISTS activities_count_update ON activities;
CREATE TRIGGER activities_count_update AFTER UPDATE ON activities
  FOR EACH ROW
  WHEN ((OLD.org_id, (OLD.occurred_at AT TIME ZONE 'UTC')::date, OLD.type, OLD.owner_id, OLD.deleted_at IS NULL)
        IS DISTINCT FROM (NEW.org_id, (NEW.occurred_at AT TIME ZONE 'UTC')::date, NEW.type, NEW.owner_id, NEW.deleted_at IS NULL))
  EXECUTE FUNCTION app.count_activity_change();

-- Recomputes one organization's counters from its deals, leads and activities: the migration that added them
-- and the benchmark's bulk loader (which writes with triggers off) call it. Owner only. It sets
-- app.current_org_id for its statements (a table owner is subject to FORCE ROW LEVEL SECURITY)
-- and puts the caller's value back. It locks deals and leads against writes (SHARE) until the
-- caller's transaction ends, so no write slips between the aggregate and the counters.
CREATE OR REPLACE FUNCTION app.rebuild_dashboard_counters(p_org uuid)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
  caller_org text := current_setting('app.current_org_id', true);
BEGIN
  LOCK TABLE deals, leads, activities IN SHARE MODE;
  PERFORM set_config('app.current_org_id', p_org::text, true);
  DELETE FROM stage_deal_counters WHERE org_id = p_org;
  INSERT INTO stage_deal_counters (org_id, stage_id, deal_count, total_value, own_probability_value, stage_probability_value)
  SELECT org_id, stage_id, count(*), sum(value),
         coalesce(sum(value * probability) FILTER (WHERE probability IS NOT NULL), 0),
         coalesce(sum(value) FILTER (WHERE probability IS NULL), 0)
    FROM deals
   WHERE org_id = p_org AND status NOT IN ('WON', 'LOST') AND deleted_at IS NULL
   GROUP BY org_id, stage_id;
  DELETE FROM lead_status_counters WHERE org_id = p_org;
  INSERT INTO lead_status_counters (org_id, status, lead_count)
  SELECT org_id, status, count(*) FROM leads WHERE org_id = p_org AND deleted_at IS NULL GROUP BY org_id, status;
  DELETE FROM activity_day_counters WHERE org_id = p_org;
  INSERT INTO activity_day_counters (org_id, day, type, owner_key, slot, activity_count)
  SELECT org_id, (occurred_at AT TIME ZONE 'UTC')::date, type, coalesce(owner_id, '00000000-0000-0000-0000-000000000000'), 0, count(*)
    FROM activities
   WHERE org_id = p_org AND deleted_at IS NULL
   GROUP BY 1, 2, 3, 4;
  PERFORM set_config('app.current_org_id', coalesce(caller_org, ''), true);
END
$$;
REVOKE ALL ON FUNCTION app.rebuild_dashboard_counters(uuid) FROM PUBLIC;
COMMENT ON FUNCTION app.rebuild_dashboard_counters(uuid) IS
  'Recomputes the dashboard counters of one organization from its deals, leads and activities (after a load with triggers off).';
