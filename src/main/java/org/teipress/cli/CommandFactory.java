package org.teipress.cli;

import picocli.CommandLine;

/** Creates the subcommands with the toolchain source they should use. */
final class CommandFactory implements CommandLine.IFactory {
    private final ToolchainSource toolchains;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(ToolchainSource toolchains) {
        this.toolchains = toolchains;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == BuildCommand.class) {
            return type.cast(new BuildCommand(toolchains));
        }
        if (type == BenchCommand.class) {
            return type.cast(new BenchCommand(toolchains));
        }
        if (type == CheckCommand.class) {
            return type.cast(new CheckCommand(toolchains));
        }
        return fallback.create(type);
    }
}
