package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One condition of a conditional award, in the order the decision lists them. */
@Entity
@Table(name = "award_condition")
class AwardCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    Programme programme;

    @Column(nullable = false, updatable = false)
    int position;

    @Column(nullable = false, updatable = false, length = Programme.MAX_TEXT)
    String text;

    protected AwardCondition() {
    }

    AwardCondition(Programme programme, int position, String text) {
        this.programme = programme;
        this.position = position;
        this.text = text;
    }
}
