package io.lakeflow.reports;

import io.lakeflow.reports.results.HistoryFolder;
import io.lakeflow.reports.results.LoadedResults;
import io.lakeflow.reports.results.ResultLocations;
import io.lakeflow.reports.site.DashboardSite;
import io.lakeflow.reports.view.Dashboard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reads results (and history), builds the dashboard and writes the site: what the command line
 * and the Maven reactor run. Never fails for bad inputs: they become warnings on the pages.
 */
public final class DashboardGenerator {

    private final Clock clock;

    /** A generator stamping pages with the current time. */
    public DashboardGenerator() {
        this(Clock.systemUTC());
    }

    /** A generator stamping pages with {@code clock}'s time (for reproducible output). */
    public DashboardGenerator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Generates the site.
     *
     * @param locations     result files, results folders, connector modules, or folders of connector modules
     * @param out           the folder to write the site into
     * @param history       a folder of earlier runs' result files, for trends
     * @param recordHistory whether to copy the current results into {@code history} afterwards
     * @return the dashboard written, and where its index is
     * @throws IOException when {@code out} (or the history folder, when recording) cannot be written
     */
    public Generated generate(List<Path> locations, Path out, Optional<Path> history, boolean recordHistory) throws IOException {
        LoadedResults current = new ResultLocations().read(locations);
        LoadedResults earlier = history.map(h -> new HistoryFolder(h).read()).orElse(LoadedResults.empty());
        Dashboard dashboard = Dashboard.of(current, earlier, clock.instant());
        Path index = DashboardSite.write(dashboard, out);
        if (recordHistory && history.isPresent()) {
            new HistoryFolder(history.get()).record(current.runs());
        }
        return new Generated(dashboard, index);
    }

    /**
     * A generated site.
     *
     * @param dashboard what it shows
     * @param index     its {@code index.html}
     */
    public record Generated(Dashboard dashboard, Path index) {
    }
}
