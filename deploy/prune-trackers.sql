-- Rasa's SQL tracker store keeps every event of every conversation (table `events`, about 5 rows and
-- a few KB per turn). A call lasts minutes and its record is stored by the app, so a day later its
-- conversation is of no use: run this daily (cron or a systemd timer) on the tracker database.
--   psql -d rasa_tracker -f deploy/prune-trackers.sql
DELETE FROM events WHERE "timestamp" < extract(epoch FROM now() - interval '1 day');
