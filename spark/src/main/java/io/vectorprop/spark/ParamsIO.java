package io.vectorprop.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/**
 * Reads and writes a stage's metadata in the layout of Spark's own {@code DefaultParamsWriter}
 * ({@code metadata/part-00000}, one JSON line: class, timestamp, sparkVersion, uid, paramMap), so a
 * {@code Pipeline} or {@code PipelineModel} holding the stage saves and loads through Spark's code.
 */
final class ParamsIO {
    private ParamsIO() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ObjectNode metadata(Params stage, String uid) throws IOException {
        ObjectMapper om = new ObjectMapper();
        ObjectNode meta = om.createObjectNode();
        meta.put("class", stage.getClass().getName());
        meta.put("timestamp", System.currentTimeMillis());
        meta.put("sparkVersion", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        meta.put("uid", uid);
        meta.putObject("defaultParamMap");
        ObjectNode params = meta.putObject("paramMap");
        for (Param p : stage.params()) {
            if (stage.isDefined(p)) {
                params.set(p.name(), om.readTree(p.jsonEncode(stage.getOrDefault(p))));
            }
        }
        return meta;
    }

    static void write(ObjectNode meta, String dir, Configuration conf) throws IOException {
        Path d = new Path(dir);
        FileSystem fs = d.getFileSystem(conf);
        fs.mkdirs(d);
        try (OutputStream o = fs.create(new Path(d, "metadata/part-00000"), true)) {
            o.write((new ObjectMapper().writeValueAsString(meta) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static JsonNode read(String dir, Class<?> expected, Configuration conf) throws IOException {
        Path d = new Path(dir);
        JsonNode meta;
        try (InputStream in = d.getFileSystem(conf).open(new Path(d, "metadata/part-00000"))) {
            meta = new ObjectMapper().readTree(in);
        }
        if (!expected.getName().equals(meta.path("class").asText())) {
            throw new IOException(dir + " holds a " + meta.path("class").asText() + ", not a " + expected.getName());
        }
        return meta;
    }

    /** Sets every param found in {@code meta.paramMap} on the stage (unknown names are an error). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void setParams(Params stage, JsonNode meta) throws IOException {
        Iterator<Map.Entry<String, JsonNode>> it = meta.path("paramMap").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!stage.hasParam(e.getKey())) {
                throw new IOException("unknown param '" + e.getKey() + "' for " + stage.getClass().getSimpleName());
            }
            Param p = stage.getParam(e.getKey());
            stage.set(p, p.jsonDecode(new ObjectMapper().writeValueAsString(e.getValue())));
        }
    }
}
