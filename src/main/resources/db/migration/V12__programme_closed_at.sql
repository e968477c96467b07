-- When a programme's file closed: its final settlement, rejection or withdrawal (null while open).
alter table programme add column closed_at timestamp;
