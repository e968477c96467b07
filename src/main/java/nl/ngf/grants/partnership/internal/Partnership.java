package nl.ngf.grants.partnership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.regex.Pattern;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration.Figures;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.Refusals;

/** A PPS with its KPI baselines and targets. The rules on its details live in {@link #describe}. */
@Entity
@Table(name = "partnership")
@SequenceGenerator(name = "ngf_partnership_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_partnership_id")
    Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    long programmeId;

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    @Column(nullable = false, length = 200)
    String name;

    /** The name as names are compared: no two of a programme's PPSs have the same one (a unique constraint). */
    @Column(name = "name_key", nullable = false, length = 200)
    String nameKey;

    @Column(nullable = false, length = 100)
    String region;

    @Column(nullable = false, length = 100)
    String sector;

    @Column(name = "lead_institution", nullable = false, length = 200)
    String leadInstitution;

    @Column(name = "companies_baseline", nullable = false)
    int companiesBaseline;
    @Column(name = "companies_target", nullable = false)
    int companiesTarget;
    @Column(name = "sme_reach_baseline", nullable = false, precision = 5, scale = 2)
    BigDecimal smeReachBaseline;
    @Column(name = "sme_reach_target", nullable = false, precision = 5, scale = 2)
    BigDecimal smeReachTarget;
    @Column(name = "students_baseline", nullable = false)
    int studentsBaseline;
    @Column(name = "students_target", nullable = false)
    int studentsTarget;
    @Column(name = "teachers_baseline", nullable = false)
    int teachersBaseline;
    @Column(name = "teachers_target", nullable = false)
    int teachersTarget;
    @Column(name = "cofinancing_baseline_cents", nullable = false)
    long cofinancingBaselineCents;
    @Column(name = "cofinancing_target_cents", nullable = false)
    long cofinancingTargetCents;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 60)
    String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    Instant registeredAt;

    /** The form the PPS was added from (SubmissionKey); null when none was named. */
    @Column(name = "submission_key", updatable = false, length = 36)
    String submissionKey;

    protected Partnership() {
    }

    /** A new PPS, its details checked as {@link #describe} checks them. */
    static Partnership register(long programmeId, Long organisationId, boolean organisationKnown, String name, boolean nameTaken,
                                String region, String sector, String leadInstitution, Figures baseline, Figures target,
                                String officer, Instant now) {
        Partnership p = new Partnership();
        p.programmeId = programmeId;
        p.describe(organisationId, organisationKnown, name, nameTaken, region, sector, leadInstitution, baseline, target);
        p.registeredBy = officer;
        p.registeredAt = now;
        return p;
    }

    /** Any run of white space: spaces, a tab, a non-breaking space pasted from a document. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Characters that show nothing: a zero-width space, a soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    /** A name as kept: as typed, but each run of white space one space, none around it, and its letters composed (NFC). */
    static String cleanName(String name) {
        return spacedOnce(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    /** Each run of white space one space, none around it. */
    private static String spacedOnce(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A name as a programme's PPSs' names are compared: alike when they look alike, whatever their spaces, characters that
     * show nothing, the way their letters are composed or a look-alike form (NFKC: a ligature as its letters), and case.
     * Lowered letter by letter: a capital dotted I is one i, not two characters.
     */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String alike = spacedOnce(Normalizer.normalize(INVISIBLE.matcher(name).replaceAll(""), Normalizer.Form.NFKC));
        StringBuilder key = new StringBuilder(alike.length());
        alike.codePoints().map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * Sets the PPS's details, its rules checked in the order its form asks: the organisation that leads it (which must
     * exist), its name (not one of the programme's other PPSs'), region, sector and lead institution, then each figure's
     * baseline and target (a count or an amount never negative nor beyond the most it can be, a share of the region's SMEs
     * a percentage, a target never below its baseline). Refused with every rule broken at once, changing nothing.
     */
    void describe(Long organisationId, boolean organisationKnown, String name, boolean nameTaken, String region, String sector,
                  String leadInstitution, Figures baseline, Figures target) {
        Refusals refusals = new Refusals();
        Figures from = baseline == null ? new Figures(null, null, null, null, null) : baseline;
        Figures to = target == null ? new Figures(null, null, null, null, null) : target;
        if (organisationId == null || !organisationKnown) {
            refusals.refuse("partnership.organisation.required");
        }
        String cleanName = refusals.value(() -> {
            String typed = text(name, "partnership.name.required", 200);
            String key = nameKey(typed);
            if (key.isEmpty()) {
                // Nothing that shows: a zero-width space alone.
                throw new DomainException("partnership.name.required");
            }
            String clean = cleanName(typed);
            if (key.length() > 200 || clean.length() > 200) {
                // A ligature unfolds into its letters, a few letters compose into two characters: rare, but both have the
                // room the name has.
                throw new DomainException("partnership.text.tooLong", 200);
            }
            return clean;
        });
        if (cleanName != null && nameTaken) {
            refusals.refuse("partnership.name.taken");
        }
        String cleanRegion = refusals.value(() -> text(region, "partnership.region.required", 100));
        String cleanSector = refusals.value(() -> text(sector, "partnership.sector.required", 100));
        String cleanInstitution = refusals.value(() -> text(leadInstitution, "partnership.leadInstitution.required", 200));

        Integer companies = refusals.value(() -> count(from.companies(), Kpi.COMPANIES));
        Integer companiesTarget = refusals.value(() -> target(companies, to.companies(), Kpi.COMPANIES));
        BigDecimal sme = refusals.value(() -> percent(from.smeReachPercent(), "baseline"));
        BigDecimal smeTarget = refusals.value(() -> percent(to.smeReachPercent(), "target"));
        if (sme != null && smeTarget != null && smeTarget.compareTo(sme) < 0) {
            refusals.refuse("partnership.smeReach.belowBaseline");
        }
        Integer students = refusals.value(() -> count(from.students(), Kpi.STUDENTS));
        Integer studentsTarget = refusals.value(() -> target(students, to.students(), Kpi.STUDENTS));
        Integer teachers = refusals.value(() -> count(from.teachers(), Kpi.TEACHERS));
        Integer teachersTarget = refusals.value(() -> target(teachers, to.teachers(), Kpi.TEACHERS));
        Money cofinancing = refusals.value(() -> amount(from.cofinancing()));
        if (to.cofinancing() == null) {
            refusals.refuse("partnership.cofinancing.targetRequired");
        } else if (Kpi.COFINANCING.isBeyondMost(to.cofinancing().euros())) {
            refusals.refuse("partnership.cofinancing.targetTooLarge");
        } else if (cofinancing != null && to.cofinancing().compareTo(cofinancing) < 0) {
            refusals.refuse("partnership.cofinancing.belowBaseline");
        }
        refusals.refuseIfAny();

        this.organisationId = organisationId;
        this.name = cleanName;
        this.nameKey = nameKey(cleanName);
        this.region = cleanRegion;
        this.sector = cleanSector;
        this.leadInstitution = cleanInstitution;
        companiesBaseline = companies;
        this.companiesTarget = companiesTarget;
        smeReachBaseline = sme;
        smeReachTarget = smeTarget;
        studentsBaseline = students;
        this.studentsTarget = studentsTarget;
        teachersBaseline = teachers;
        this.teachersTarget = teachersTarget;
        cofinancingBaselineCents = cofinancing.cents();
        cofinancingTargetCents = to.cofinancing().cents();
    }

    /**
     * The details as an audit entry of a change keeps them, each by name, in the form's order: what {@link #describe} sets.
     */
    java.util.Map<String, String> details() {
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("organisation", String.valueOf(organisationId));
        details.put("name", name);
        details.put("region", region);
        details.put("sector", sector);
        details.put("leadInstitution", leadInstitution);
        details.put("baseline", figures(baseline()));
        details.put("target", figures(target()));
        return details;
    }

    /** A PPS's figures as its audit entries keep them, each by its KPI. */
    static String figures(Kpis kpis) {
        return "companies " + kpis.companies() + ", smeReachPercent " + kpis.smeReachPercent().toPlainString() + ", students "
                + kpis.students() + ", teachers " + kpis.teachers() + ", cofinancingCents " + kpis.cofinancing().cents();
    }

    Kpis baseline() {
        return new Kpis(companiesBaseline, smeReachBaseline, studentsBaseline, teachersBaseline, Money.ofCents(cofinancingBaselineCents));
    }

    Kpis target() {
        return new Kpis(companiesTarget, smeReachTarget, studentsTarget, teachersTarget, Money.ofCents(cofinancingTargetCents));
    }

    /** A count's baseline: there, never negative, and not beyond what the figure can be. */
    private static int count(Integer baseline, Kpi kpi) {
        if (baseline == null) {
            throw new DomainException("partnership." + kpi.key() + ".baselineRequired");
        }
        if (baseline < 0) {
            throw new DomainException("partnership." + kpi.key() + ".negative");
        }
        if (kpi.isBeyondMost(BigDecimal.valueOf(baseline))) {
            throw new DomainException("partnership." + kpi.key() + ".baselineTooLarge");
        }
        return baseline;
    }

    /** A count's target: there, not beyond what the figure can be, and not below its baseline (when that was right). */
    private static int target(Integer baseline, Integer target, Kpi kpi) {
        if (target == null) {
            throw new DomainException("partnership." + kpi.key() + ".targetRequired");
        }
        if (kpi.isBeyondMost(BigDecimal.valueOf(target))) {
            throw new DomainException("partnership." + kpi.key() + ".targetTooLarge");
        }
        if (baseline != null && target < baseline) {
            throw new DomainException("partnership." + kpi.key() + ".belowBaseline");
        }
        return target;
    }

    /** The share of the region's SMEs reached, as a baseline or a target: a percentage with at most two decimals. */
    private static BigDecimal percent(BigDecimal value, String which) {
        if (value == null) {
            throw new DomainException("partnership.smeReach." + which + "Required");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("partnership.smeReach." + which + "Percent");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("partnership.smeReach." + which + "Decimals");
        }
        return value.setScale(2);
    }

    /** The business contribution's baseline: there, never negative, and not beyond what it can be. */
    private static Money amount(Money baseline) {
        if (baseline == null) {
            throw new DomainException("partnership.cofinancing.baselineRequired");
        }
        if (baseline.cents() < 0) {
            throw new DomainException("partnership.cofinancing.negative");
        }
        if (Kpi.COFINANCING.isBeyondMost(baseline.euros())) {
            throw new DomainException("partnership.cofinancing.baselineTooLarge");
        }
        return baseline;
    }

    private static String text(String value, String requiredKey, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (value.strip().length() > max) {
            throw new DomainException("partnership.text.tooLong", max);
        }
        return value.strip();
    }
}
