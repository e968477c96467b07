package nl.ngf.grants.programme.internal;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every record that belongs to one programme has: its own id and the programme, never reassigned. */
@MappedSuperclass
abstract class ProgrammePart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    Programme programme;

    protected ProgrammePart() {
    }

    ProgrammePart(Programme programme) {
        this.programme = programme;
    }
}
