package org.pharmadist.insights.application;

import java.util.Map;

/**
 * The language model as the advisor sees it; implemented by {@code insights.infrastructure.ModelGateway}
 * (openai-java under MicroProfile Fault Tolerance).
 */
public interface ModelPort {

    /**
     * One structured completion.
     *
     * @param system     instructions
     * @param user       user content (the figures' JSON)
     * @param schemaName name of the answer schema
     * @param schema     JSON schema of the answer
     * @throws ModelCallException on failure (fault-tolerance exceptions may also arrive)
     */
    ModelReply complete(String system, String user, String schemaName, Map<String, Object> schema);
}
