package io.newsflow.cli;

import io.newsflow.topics.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = NewsflowCommand.Version.class,
        description = {"Event-streaming news ingestion on Apache Kafka: ingest pages, deduplicate, tag entities and "
                + "dates, and follow the results live.", "",
                "Start with `newsflow demo` (everything embedded on 127.0.0.1) or `newsflow run --input DIR "
                        + "--export FILE.jsonl` (one-shot batch)."},
        subcommands = {DemoCommand.class, RunCommand.class, IngestCommand.class, StreamsCommand.class,
                ConnectCommand.class, ReplayCommand.class, ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: failures print one clear line (stack trace at debug level) and exit 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsflowCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getColorScheme().errorText("newsflow " + commandLine.getCommandName()
                    + " failed: " + (e.getMessage() != null ? e.getMessage() : e.toString())));
            org.slf4j.LoggerFactory.getLogger(NewsflowCommand.class).debug("Failure", e);
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsflow " + PipelineVersion.current(), "Java " + System.getProperty("java.version")};
        }
    }
}
