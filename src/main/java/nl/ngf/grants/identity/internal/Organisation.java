package nl.ngf.grants.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.shared.DomainException;

@Entity
@Table(name = "organisation")
@SequenceGenerator(name = "ngf_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_id")
    Long id;

    @Column(nullable = false, unique = true, length = 40)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    protected Organisation() {
    }

    Organisation(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** A code is 2 to 40 lower-case letters, digits or dashes; refuses anything else. */
    static String checkedCode(String code) {
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            throw new DomainException("organisation.code.invalid");
        }
        return code;
    }

    void rename(String name) {
        this.name = name;
    }

    OrganisationView view() {
        return new OrganisationView(id, code, name);
    }
}
