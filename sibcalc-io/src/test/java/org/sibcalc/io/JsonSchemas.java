package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas that sibcalc-io ships (docs/contract.md, docs/statement-json.md), read from the class path
 * as a user reads them, and a JSON Schema validator to check a file against one. Each schema is loaded twice:
 * with the ECMAScript regular expressions that JSON Schema patterns are written in (as a validator in a
 * browser or in Node.js runs them) and with java.util.regex; {@link #errors} checks that both give the same
 * verdict, so that no pattern depends on the engine.
 */
public final class JsonSchemas {

    /** The contract's schema, as a resource path. */
    public static final String CONTRACT = "org/sibcalc/io/schema/contract.schema.json";
    /** The statement's schema ({@code sibcalc.statement/1}), as a resource path. */
    public static final String STATEMENT = "org/sibcalc/io/schema/statement.schema.json";
    /** The investors' returns' schema ({@code sibcalc.returns/1}), as a resource path. */
    public static final String RETURNS = "org/sibcalc/io/schema/returns.schema.json";

    // Numbers with a fraction as BigDecimal, as the contract's reader reads them.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** Each schema loaded with both engines, by its resource path; the closed copies by "closed:" and the path. */
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    /** A schema loaded with ECMAScript regular expressions and with java.util.regex. */
    private record Loaded(Schema ecma, Schema jdk) {

        static Loaded of(JsonNode schema) {
            return new Loaded(load(schema, JoniRegularExpressionFactory.getInstance()),
                    load(schema, JDKRegularExpressionFactory.getInstance()));
        }
    }

    private JsonSchemas() {
    }

    /** Returns the schema's text as a JSON tree, read from the class path. */
    public static ObjectNode tree(String resource) {
        try (InputStream in = resource(resource)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns what is wrong with the JSON text by the schema, as {@code /json/pointer: message}; empty when it
     * is valid.
     *
     * @throws AssertionError when the two regular expression engines disagree, or the text is not JSON
     */
    public static List<String> errors(String resource, String json) {
        return errors(LOADED.computeIfAbsent(resource, r -> Loaded.of(tree(r))), json);
    }

    /**
     * Returns what is wrong with the JSON text by the closed copy of the schema: the schema with
     * {@code "unevaluatedProperties": false} added to the root and to each object definition under
     * {@code $defs}, which fails on any field the schema does not name. The statement's and the returns'
     * schemas leave room for fields that later versions add; their tests check the writers against the closed
     * copies, so that they write no field the schemas do not describe.
     */
    public static List<String> closedErrors(String resource, String json) {
        return errors(LOADED.computeIfAbsent("closed:" + resource, r -> Loaded.of(closed(resource))), json);
    }

    private static List<String> errors(Loaded schema, String json) {
        JsonNode node = parse(json);
        List<String> ecma = messages(schema.ecma().validate(node));
        List<String> jdk = messages(schema.jdk().validate(node));
        if (ecma.isEmpty() != jdk.isEmpty()) {
            throw new AssertionError("The ECMAScript and the Java regular expressions disagree on " + json
                    + "\nECMAScript: " + ecma + "\nJava: " + jdk);
        }
        return ecma;
    }

    private static ObjectNode closed(String resource) {
        ObjectNode schema = tree(resource);
        schema.put("unevaluatedProperties", false);
        for (Iterator<JsonNode> defs = schema.path("$defs").elements(); defs.hasNext(); ) {
            JsonNode def = defs.next();
            if ("object".equals(def.path("type").asText())) {
                ((ObjectNode) def).put("unevaluatedProperties", false);
            }
        }
        return schema;
    }

    /** Returns what is wrong with the schema by the JSON Schema 2020-12 meta-schema; empty when it is valid. */
    public static List<String> metaSchemaErrors(String resource) {
        Schema meta = registry(JoniRegularExpressionFactory.getInstance())
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return messages(meta.validate(tree(resource)));
    }

    /** Returns the JSON text as a tree, numbers with a fraction as BigDecimal. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load(JsonNode tree, RegularExpressionFactory regex) {
        Schema schema = registry(regex).getSchema(tree);
        schema.initializeValidators();
        return schema;
    }

    private static SchemaRegistry registry(RegularExpressionFactory regex) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().regularExpressionFactory(regex).build()));
    }

    private static InputStream resource(String resource) {
        InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new AssertionError("Not on the class path: " + resource);
        }
        return in;
    }
}
