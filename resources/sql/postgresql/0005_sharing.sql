-- Sharing, comment authorship and live updates, enforced like the brand roles of 0004.
--
-- * shared_resources(resource_type, resource_id, permissions) names people (users.id) with "view",
--   "comment" or "edit" on one resource, whatever their brands. The shareable resources are
--   ai_generation, ai_collection, analytics_funnel, analytics_segment, workflow and ai_training_dataset.
-- * Only the resource's owner (its user_id or created_by) or an admin of its brand shares, re-shares or
--   revokes; a person named in a share sees that share.
-- * view opens the resource, its comments and annotations; comment also lets them add comments and
--   annotations; edit also lets them change the resource.
-- * Comments and annotations carry their author: nobody writes in someone else's name, and only the author
--   or an admin of the brand changes or deletes them.
-- * Inserts of comments, annotations and shares are announced on the channel "atelier_changes" (table and
--   row id only: listeners read the row itself, under their own permissions).

-- The caller's permission on a resource through shares: 0 none, 1 view, 2 comment, 3 edit.
CREATE FUNCTION atelier_share_rank(rtype text, rid text) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT coalesce(max(CASE s.permissions ->> u.id WHEN 'view' THEN 1 WHEN 'comment' THEN 2 WHEN 'edit' THEN 3 ELSE 0 END), 0)
    FROM shared_resources s JOIN users u ON u.login_role = session_user
    WHERE s.resource_type = rtype AND s.resource_id = rid
$$;

-- The owner of a shareable resource (NULL when it has none or does not exist).
CREATE FUNCTION atelier_resource_owner(rtype text, rid text) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    RETURN CASE rtype
        WHEN 'ai_generation' THEN (SELECT user_id FROM ai_generations WHERE id = rid)
        WHEN 'ai_collection' THEN (SELECT user_id FROM ai_collections WHERE id = rid)
        WHEN 'analytics_funnel' THEN (SELECT created_by FROM analytics_funnels WHERE id = rid)
        WHEN 'analytics_segment' THEN (SELECT created_by FROM analytics_segments WHERE id = rid)
        ELSE NULL END;
END;
$$;

-- The id of a person by name, for sharing with someone outside one's brands (only the id: their row stays hidden).
CREATE FUNCTION atelier_find_user(name text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT id FROM users WHERE username = name
$$;

-- People are also visible across brands when a share links them: who shared with me, whom I shared with.
CREATE OR REPLACE FUNCTION atelier_user_visible(person text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = person AND u.login_role = session_user)
        OR EXISTS (SELECT 1 FROM brand_memberships theirs JOIN brand_memberships mine ON mine.brand_id = theirs.brand_id
                   JOIN users me ON me.id = mine.user_id
                   WHERE theirs.user_id = person AND me.login_role = session_user)
        OR EXISTS (SELECT 1 FROM shared_resources s JOIN users me ON me.login_role = session_user
                   WHERE (s.created_by = person AND s.permissions ? me.id) OR (s.created_by = me.id AND s.permissions ? person))
$$;

CREATE FUNCTION atelier_may_share(rtype text, rid text, brand text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT brand = ANY (atelier_brands_at(4)) OR atelier_resource_owner(rtype, rid) = atelier_user_id()
$$;

DROP POLICY member_insert ON shared_resources;
DROP POLICY member_update ON shared_resources;
DROP POLICY member_delete ON shared_resources;
CREATE POLICY owner_insert ON shared_resources FOR INSERT
    WITH CHECK (atelier_may_share(resource_type, resource_id, brand_id) AND created_by = atelier_user_id());
CREATE POLICY owner_update ON shared_resources FOR UPDATE
    USING (atelier_may_share(resource_type, resource_id, brand_id))
    WITH CHECK (atelier_may_share(resource_type, resource_id, brand_id));
CREATE POLICY owner_delete ON shared_resources FOR DELETE USING (atelier_may_share(resource_type, resource_id, brand_id));
CREATE POLICY named_read ON shared_resources FOR SELECT USING (permissions ? atelier_user_id());

CREATE POLICY shared_read ON ai_generations FOR SELECT USING (atelier_share_rank('ai_generation', id) >= 1);
CREATE POLICY shared_edit ON ai_generations FOR UPDATE USING (atelier_share_rank('ai_generation', id) >= 3)
    WITH CHECK (atelier_share_rank('ai_generation', id) >= 3);
CREATE POLICY shared_read ON ai_collections FOR SELECT USING (atelier_share_rank('ai_collection', id) >= 1);
CREATE POLICY shared_edit ON ai_collections FOR UPDATE USING (atelier_share_rank('ai_collection', id) >= 3)
    WITH CHECK (atelier_share_rank('ai_collection', id) >= 3);
CREATE POLICY shared_read ON analytics_funnels FOR SELECT USING (atelier_share_rank('analytics_funnel', id) >= 1);
CREATE POLICY shared_edit ON analytics_funnels FOR UPDATE USING (atelier_share_rank('analytics_funnel', id) >= 3)
    WITH CHECK (atelier_share_rank('analytics_funnel', id) >= 3);
CREATE POLICY shared_read ON analytics_segments FOR SELECT USING (atelier_share_rank('analytics_segment', id) >= 1);
CREATE POLICY shared_edit ON analytics_segments FOR UPDATE USING (atelier_share_rank('analytics_segment', id) >= 3)
    WITH CHECK (atelier_share_rank('analytics_segment', id) >= 3);
CREATE POLICY shared_read ON workflows FOR SELECT USING (atelier_share_rank('workflow', id) >= 1);
CREATE POLICY shared_edit ON workflows FOR UPDATE USING (atelier_share_rank('workflow', id) >= 3)
    WITH CHECK (atelier_share_rank('workflow', id) >= 3);
CREATE POLICY shared_read ON ai_training_datasets FOR SELECT USING (atelier_share_rank('ai_training_dataset', id) >= 1);
CREATE POLICY shared_edit ON ai_training_datasets FOR UPDATE USING (atelier_share_rank('ai_training_dataset', id) >= 3)
    WITH CHECK (atelier_share_rank('ai_training_dataset', id) >= 3);

CREATE POLICY shared_read ON comments FOR SELECT USING (atelier_share_rank(resource_type, resource_id) >= 1);
CREATE POLICY shared_insert ON comments FOR INSERT WITH CHECK (atelier_share_rank(resource_type, resource_id) >= 2);
CREATE POLICY own_name ON comments AS RESTRICTIVE FOR INSERT WITH CHECK (author_id = atelier_user_id());
CREATE POLICY author_update ON comments AS RESTRICTIVE FOR UPDATE
    USING (author_id = atelier_user_id() OR brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY author_delete ON comments AS RESTRICTIVE FOR DELETE
    USING (author_id = atelier_user_id() OR brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY shared_read ON annotations FOR SELECT USING (atelier_share_rank(resource_type, resource_id) >= 1);
CREATE POLICY shared_insert ON annotations FOR INSERT WITH CHECK (atelier_share_rank(resource_type, resource_id) >= 2);
CREATE POLICY own_name ON annotations AS RESTRICTIVE FOR INSERT WITH CHECK (author_id = atelier_user_id());
CREATE POLICY author_update ON annotations AS RESTRICTIVE FOR UPDATE
    USING (author_id = atelier_user_id() OR brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY author_delete ON annotations AS RESTRICTIVE FOR DELETE
    USING (author_id = atelier_user_id() OR brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
-- Authors change and delete their own comments and annotations, wherever they could write them from.
CREATE POLICY author_edit ON comments FOR UPDATE USING (author_id = atelier_user_id()) WITH CHECK (author_id = atelier_user_id());
CREATE POLICY author_remove ON comments FOR DELETE USING (author_id = atelier_user_id());
CREATE POLICY author_edit ON annotations FOR UPDATE USING (author_id = atelier_user_id()) WITH CHECK (author_id = atelier_user_id());
CREATE POLICY author_remove ON annotations FOR DELETE USING (author_id = atelier_user_id());

CREATE FUNCTION atelier_announce() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM pg_notify('atelier_changes', json_build_object('table', TG_TABLE_NAME, 'id', NEW.id)::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER comments_announced AFTER INSERT ON comments FOR EACH ROW EXECUTE FUNCTION atelier_announce();
CREATE TRIGGER annotations_announced AFTER INSERT ON annotations FOR EACH ROW EXECUTE FUNCTION atelier_announce();
CREATE TRIGGER shared_resources_announced AFTER INSERT OR UPDATE ON shared_resources FOR EACH ROW EXECUTE FUNCTION atelier_announce();

DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', current_database() || '_member');
END;
$$;
