package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One condition of a conditional award, in the order the decision lists them. */
@Entity
@Table(name = "award_condition")
class AwardCondition extends ProgrammePart {

    @Column(nullable = false, updatable = false)
    int position;

    @Column(nullable = false, updatable = false, length = Programme.MAX_TEXT)
    String text;

    protected AwardCondition() {
    }

    AwardCondition(Programme programme, int position, String text) {
        super(programme);
        this.position = position;
        this.text = text;
    }
}
