package org.pharmadist.crm.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pharmadist.platform.events.DomainEvent;

/** Stands in for the CDI container's Event in persistence tests: records what was fired. */
final class RecordingEvents implements Event<DomainEvent> {

    final List<DomainEvent> fired = new ArrayList<>();

    @Override
    public void fire(DomainEvent event) {
        fired.add(event);
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
        fired.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<DomainEvent> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DomainEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
