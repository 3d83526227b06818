package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas that sibcalc-io ships, {@code org/sibcalc/io/schema/*.schema.json} (docs/contract.md,
 * docs/statement-json.md): each is on the class path where the docs say, is a valid JSON Schema 2020-12, and
 * describes every field and definition it names. What each says is checked against the readers and the writers
 * by {@link ContractSchemaTest}, {@link ContractSchemaPropertiesTest} and the command line's OutputSchemaTest.
 */
class ShippedSchemasTest {

    @ParameterizedTest
    @ValueSource(strings = {JsonSchemas.CONTRACT, JsonSchemas.STATEMENT, JsonSchemas.RETURNS})
    void theSchemaIsOnTheClassPathWhereTheDocsSay(String resource) throws IOException {
        try (InputStream in = ContractJson.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
        }
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(resource.contains("contract")
                ? "docs/contract.md" : "docs/statement-json.md"))).contains(resource,
                "../sibcalc-io/src/main/resources/" + resource);
    }

    @ParameterizedTest
    @ValueSource(strings = {JsonSchemas.CONTRACT, JsonSchemas.STATEMENT, JsonSchemas.RETURNS})
    void theSchemaIsAValidJsonSchema202012(String resource) {
        assertThat(JsonSchemas.tree(resource).path("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchemas.metaSchemaErrors(resource)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {JsonSchemas.CONTRACT, JsonSchemas.STATEMENT, JsonSchemas.RETURNS})
    void everyFieldAndDefinitionHasADescription(String resource) {
        JsonNode schema = JsonSchemas.tree(resource);
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
        List<String> missing = new ArrayList<>();
        undescribed(schema, "", missing);
        assertThat(missing).isEmpty();
    }

    /** Adds to {@code missing} the path of every property and definition, at any depth, without a description. */
    private static void undescribed(JsonNode schema, String path, List<String> missing) {
        if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                undescribed(schema.get(i), path + "/" + i, missing);
            }
            return;
        }
        schema.properties().forEach(field -> {
            String at = path + "/" + field.getKey();
            if (field.getKey().equals("properties") || field.getKey().equals("$defs")) {
                field.getValue().properties().forEach(named -> {
                    // A field named again in a condition (if, anyOf, contains, ...) is described where it is defined.
                    boolean described = named.getValue().has("description")
                            || at.matches(".*/(if|then|else|not|allOf|anyOf|oneOf|contains|dependentSchemas)/.*");
                    if (!described) {
                        missing.add(at + "/" + named.getKey());
                    }
                });
            }
            undescribed(field.getValue(), at, missing);
        });
    }
}
