-- `claims sources --outlet X` lists X's actors and sources most used first. An outlet can have
-- tens of thousands of them; this index hands them over in that order, so the listing stops
-- after its limit instead of sorting them all.
CREATE INDEX outlet_sources_by_total ON outlet_sources (outlet_id, actor_count + source_count DESC);
