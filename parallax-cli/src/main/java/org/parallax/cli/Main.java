package org.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax}: how different outlets tell the same news story. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
    description = "Shows how different outlets tell the same news story.",
    subcommands = {IngestCommand.class, ExtractCommand.class, AnalyzeCommand.class, BenchCommand.class, SearchCommand.class, ReportCommand.class,
        EvalCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:failed (I/O, store or internal error)",
        "2:bad input (usage error, or some inputs were rejected)"})
public final class Main implements Runnable {
  /** Exit code for bad input. */
  static final int BAD_INPUT = 2;
  /** Exit code for failures that are not the input's fault. */
  static final int FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
  }

  /** The command line, ready to execute; tests call this with their own writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("parallax: " + ex.getMessage());
      if (System.getenv("PARALLAX_TRACE") != null) {
        ex.printStackTrace(commandLine.getErr()); // for a bug report: where it failed
      }
      return ex instanceof IllegalArgumentException ? BAD_INPUT : FAILED;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
