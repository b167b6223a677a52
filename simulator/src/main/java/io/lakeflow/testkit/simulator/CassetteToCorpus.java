package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a recorded {@link Cassette} into a simulator {@link Corpus}: every successful response of a
 * {@code list} or {@code get} endpoint of the spec contributes its records to that endpoint's collection,
 * each record once (by the endpoint's id field).
 *
 * <pre>
 * java -cp ... io.lakeflow.testkit.simulator.CassetteToCorpus --cassette rec.json --spec endpoints.yaml --output corpus.json
 * </pre>
 */
public final class CassetteToCorpus {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CassetteToCorpus() {
    }

    /** The command: {@code --cassette <file> --spec <file> --output <file>}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        if (!a.containsKey("--cassette") || !a.containsKey("--spec") || !a.containsKey("--output")) {
            System.err.println("Usage: CassetteToCorpus --cassette <cassette.json> --spec <endpoints.yaml> --output <corpus.json>");
            System.exit(2);
            return;
        }
        Cassette cassette = Cassette.read(Path.of(a.get("--cassette")));
        SimulatorSpec spec = SimulatorSpec.fromYaml(Files.readString(Path.of(a.get("--spec"))));
        Map<String, List<Map<String, Object>>> corpus = convert(cassette, spec);
        JSON.writeValue(Path.of(a.get("--output")).toFile(), corpus);
        corpus.forEach((k, v) -> System.out.println(k + ": " + v.size() + " records"));
    }

    /** The collections the cassette's responses fill, records deduplicated by id. */
    @SuppressWarnings("unchecked")
    public static Map<String, List<Map<String, Object>>> convert(Cassette cassette, SimulatorSpec spec) throws Exception {
        Map<String, Map<Object, Map<String, Object>>> byCorpus = new LinkedHashMap<>();
        for (Cassette.Interaction i : cassette.interactions()) {
            if (i.response().status() != 200 || i.response().body() == null) {
                continue;
            }
            for (EndpointSpec e : spec.endpoints()) {
                if (!e.method().equals(i.request().method()) || e.path().match(i.request().path()).isEmpty()) {
                    continue;
                }
                Object body = JSON.readValue(i.response().body(), Object.class);
                List<Object> records = new ArrayList<>();
                if (e.action() == EndpointAction.LIST) {
                    Object data = e.recordsKey() == null ? body
                            : body instanceof Map<?, ?> m ? m.get(e.recordsKey()) : null;
                    if (data instanceof List<?> list) {
                        records.addAll(list);
                    }
                } else if (e.action() == EndpointAction.GET && body instanceof Map) {
                    records.add(body);
                }
                Map<Object, Map<String, Object>> target = byCorpus.computeIfAbsent(e.corpus(), k -> new LinkedHashMap<>());
                for (Object r : records) {
                    if (r instanceof Map<?, ?> record) {
                        Object id = record.get(e.idField());
                        target.put(id == null ? JSON.writeValueAsString(record) : id, (Map<String, Object>) record);
                    }
                }
                break;
            }
        }
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        byCorpus.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
        return out;
    }
}
