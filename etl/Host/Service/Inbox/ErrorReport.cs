using System.Globalization;
using System.Text;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service.Inbox;

/// <summary>
/// The error report written beside a quarantined file (<c>&lt;file&gt;.errors.txt</c>): what was
/// not accepted and how to fix it, every problem with its sheet and cell, in each language of the
/// service; for a package, which of its workbooks did load and which of its files were skipped, with why.
/// </summary>
public static class ErrorReport
{
    public const string Suffix = QuarantineFolder.ErrorReportSuffix;

    private static readonly Label Title = new("Файл қабылданбады", "Файл не принят", "The file was not accepted");

    private static readonly Label Received = new("Алынған уақыты (Қазақстан уақыты)", "Получен (время Казахстана)", "Received (Kazakhstan time)");

    private static readonly Label NothingLoaded = new(
        "Файлдан ештеңе жүктелген жоқ. Төмендегі қателерді түзетіп, файлды қайта жіберіңіз.",
        "Из файла ничего не загружено. Исправьте ошибки ниже и отправьте файл снова.",
        "Nothing of the file was loaded. Fix the errors below and send the file again.");

    private static readonly Label PartlyLoaded = new(
        "Пакеттегі {0} кітап жүктелді, {1} кітап қабылданбады. Қабылданбағандарын түзетіп, пакетті қайта жіберіңіз: жүктелген есептер қайта жүктелмейді.",
        "Из пакета загружено книг: {0}, не принято: {1}. Исправьте непринятые и отправьте пакет снова: уже загруженные отчёты повторно не загрузятся.",
        "{0} workbook(s) of the package loaded and {1} did not. Fix those that did not and send the package again: returns already loaded will not load twice.");

    private static readonly Label Loaded = new("Жүктелді", "Загружены", "Loaded");

    private static readonly Label Skipped = new("Өткізіп жіберілді", "Пропущены", "Skipped");

    /// <summary>Writes the report beside the quarantined file and returns its path.</summary>
    public static string Write(string quarantined, string name, DateTimeOffset received, IReadOnlyList<LoadResult> results, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(languages);
        var path = quarantined + Suffix;
        File.WriteAllText(path, Text(name, received, results, languages), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>The report's text.</summary>
    public static string Text(string name, DateTimeOffset received, IReadOnlyList<LoadResult> results, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(languages);
        var rejected = results.Where(r => r.Outcome == LoadOutcome.Rejected).ToList();
        var accepted = results.Where(r => r.Accepted).ToList();
        var skipped = results.Where(r => r.Outcome == LoadOutcome.Skipped).ToList();
        var text = new StringBuilder();
        var receivedText = TimeZoneInfo.ConvertTime(received, KazakhstanTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        foreach (var language in languages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Title.In(language)}: {name}\n");
            text.Append(CultureInfo.InvariantCulture, $"{Received.In(language)}: {receivedText}\n\n");
            text.Append(accepted.Count == 0
                ? NothingLoaded.In(language)
                : string.Format(CultureInfo.InvariantCulture, PartlyLoaded.In(language), accepted.Count, rejected.Count)).Append("\n\n");
            AppendProblems(text, rejected, language);
            if (skipped.Count > 0)
            {
                text.Append(rejected.Count > 0 ? "\n" : string.Empty).Append(CultureInfo.InvariantCulture, $"{Skipped.In(language)}:\n");
                AppendProblems(text, skipped, language);
            }

            if (accepted.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{Loaded.In(language)}:\n");
                foreach (var result in accepted)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {result.Name} ({result.UnitKato}, {result.Quarter}, v{result.Version})\n");
                }
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendProblems(StringBuilder text, List<LoadResult> results, Language language)
    {
        foreach (var problem in results.SelectMany(r => r.Problems!.Select(p => (r.Name, Problem: p))))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {Messages.Describe(problem.Name, problem.Problem, language)}\n");
        }
    }
}
