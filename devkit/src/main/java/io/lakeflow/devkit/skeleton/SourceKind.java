package io.lakeflow.devkit.skeleton;

import java.util.List;

/** What a skeleton connects to, and so which templates it is made of. */
public enum SourceKind {
    /** An HTTP API (OkHttp, Jackson), tested against a {@code SpecSimulator} with an endpoint spec and a corpus. */
    HTTP("--http", List.of(
            new TemplateFile("http/pom.xml", "pom.xml"),
            new TemplateFile("http/Connector.java", "src/main/java/{{packagePath}}/{{Name}}Connector.java"),
            new TemplateFile("http/ApiClient.java", "src/main/java/{{packagePath}}/{{Name}}ApiClient.java"),
            new TemplateFile("http/Simulator.java", "src/test/java/{{packagePath}}/{{Name}}Simulator.java"),
            new TemplateFile("http/endpoints.yaml", "src/test/resources/simulator/{{name}}/endpoints.yaml"),
            new TemplateFile("http/corpus.json", "src/test/resources/simulator/{{name}}/corpus.json"))),
    /** A database over JDBC (the PostgreSQL driver), tested against an embedded PostgreSQL. */
    JDBC("--jdbc", List.of(
            new TemplateFile("jdbc/pom.xml", "pom.xml"),
            new TemplateFile("jdbc/Connector.java", "src/main/java/{{packagePath}}/{{Name}}Connector.java"),
            new TemplateFile("jdbc/Simulator.java", "src/test/java/{{packagePath}}/{{Name}}TestDatabase.java")));

    /** Files every skeleton has. */
    static final List<TemplateFile> COMMON = List.of(
            new TemplateFile("common/Table.java", "src/main/java/{{packagePath}}/{{Name}}Table.java"),
            new TemplateFile("common/Catalog.java", "src/main/java/{{packagePath}}/{{Name}}Catalog.java"),
            new TemplateFile("common/ConnectorProvider.java", "src/main/java/{{packagePath}}/{{Name}}ConnectorProvider.java"),
            new TemplateFile("common/package-info.java", "src/main/java/{{packagePath}}/package-info.java"),
            new TemplateFile("common/services", "src/main/resources/META-INF/services/io.lakeflow.connect.LakeflowConnectorProvider"),
            new TemplateFile("common/ConformanceTest.java", "src/test/java/{{packagePath}}/{{Name}}ConformanceTest.java"),
            new TemplateFile("common/junit-platform.properties", "src/test/resources/junit-platform.properties"));

    private final String flag;
    private final List<TemplateFile> files;

    SourceKind(String flag, List<TemplateFile> files) {
        this.flag = flag;
        this.files = files;
    }

    /** The command-line flag choosing this kind. */
    public String flag() {
        return flag;
    }

    /** The kind's own templates (the common ones and the README come on top). */
    List<TemplateFile> files() {
        return files;
    }

    /**
     * One template and where its output goes, relative to the module folder; both may hold {@code {{placeholders}}}.
     *
     * @param template resource under {@code io/lakeflow/devkit/skeleton/}, without the {@code .tmpl} suffix
     * @param target   path of the generated file inside {@code connectors/<name>/}
     */
    record TemplateFile(String template, String target) {
    }
}
