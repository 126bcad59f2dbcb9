package org.teipress.cli;

import org.teipress.app.Toolchain;
import org.teipress.core.PublishException;

/**
 * Where commands get their {@link Toolchain}: a new one per command when run from the shell, a
 * shared or specially configured one when run from code (benchmarks, tests).
 */
@FunctionalInterface
public interface ToolchainSource {
    Toolchain get() throws PublishException;
}
