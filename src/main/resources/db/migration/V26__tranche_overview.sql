-- Every planned tranche with its PPS, its state on the way to the money and when it was paid: what the list of
-- tranches reads a page at a time (filtered, counted and added up in the database). A tranche without a release
-- row yet waits for the tranches before it.
create view tranche_overview as
select t.id                             as tranche_id,
       a.programme_id                   as programme_id,
       a.partnership_id                 as partnership_id,
       p.name                           as partnership_name,
       p.organisation_id                as organisation_id,
       t.sequence_no                    as sequence_no,
       t.amount_cents                   as amount_cents,
       t.planned_date                   as planned_date,
       t.milestone                      as milestone,
       t.milestone_kpi                  as milestone_kpi,
       t.milestone_target               as milestone_target,
       coalesce(r.status, 'SCHEDULED')  as status,
       d.released_at                    as paid_at
from planned_tranche t
join allocation a on a.id = t.allocation_id
join partnership p on p.id = a.partnership_id
left join tranche_release r on r.tranche_id = t.id
left join disbursement d on d.tranche_id = t.id;

create index ix_planned_tranche_planned_date on planned_tranche (planned_date);
