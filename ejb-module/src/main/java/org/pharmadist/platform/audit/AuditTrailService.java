package org.pharmadist.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the audit trail (Hibernate Envers) of any audited business record: who changed it, when,
 * and each attribute's old and new value. Reads from the primary database, so a user sees their
 * own change at once.
 */
@Stateless
public class AuditTrailService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /**
     * The revisions of one record, oldest first.
     *
     * @param entityClass an {@code @Audited} entity class
     * @param id          its primary key
     * @return revisions with field-level changes; empty when the record was never audited
     */
    public List<RecordRevision> history(Class<?> entityClass, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        EntityType<?> type = em.getMetamodel().entity(entityClass);
        List<RecordRevision> history = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                if (attribute.isCollection() || attribute.isAssociation()
                        || (attribute instanceof jakarta.persistence.metamodel.SingularAttribute<?, ?> single
                        && (single.isId() || single.isVersion()))) {
                    continue; // keys and lock versions are not business changes
                }
                String before = previous == null ? null : text(read(attribute, previous));
                String after = revisionType == RevisionType.DEL ? null : text(read(attribute, state));
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(attribute.getName(), before, after));
                }
            }
            history.add(new RecordRevision(revision.id(), revision.changedAt(), revision.changedBy(),
                    switch (revisionType) {
                        case ADD -> "CREATED";
                        case MOD -> "MODIFIED";
                        case DEL -> "DELETED";
                    }, changes));
            previous = revisionType == RevisionType.DEL ? null : state;
        }
        return history;
    }

    private static Object read(Attribute<?, ?> attribute, Object entity) {
        Member member = attribute.getJavaMember();
        if (!(member instanceof Field field)) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read audited attribute " + attribute.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }
}
