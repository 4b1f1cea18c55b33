#include "platform/kiosk_app.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <variant>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "common/iso_time.hpp"
#include "common/time_zone.hpp"
#include "platform/frame_loop.hpp"
#include "platform/window.hpp"
#include "platform/zeroing_allocator.hpp"
#include "practitioner/practitioner_session.hpp"
#include "questionnaire/loader.hpp"
#include "records/store_sink.hpp"
#include "records/uuid.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "screens/kiosk_shell.hpp"
#include "screens/practitioner_mode.hpp"
#include "session/clock.hpp"
#include "session/intake_session.hpp"
#include "storage/data_dir_check.hpp"
#include "storage/store.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/setup_strings.hpp"
#include "theme/ui_strings.hpp"
#include "theme/ui_theme.hpp"

namespace kiosk::platform {

namespace {

constexpr const char* kNoDisplay =
    "intake-kiosk: no display found (is DISPLAY set?) — use `intake-kiosk validate` or `check` for headless use";

// The ImGui context and its GLFW + OpenGL 3 backends, torn down in order.
class ImGuiSession {
public:
    explicit ImGuiSession(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        install_imgui_zeroing();
        ImGui::CreateContext();
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 130");
    }
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
};

// The store in the data directory, or null (with the reason on stderr).
// A damaged database is rethrown: the kiosk shows its maintenance screen.
std::unique_ptr<storage::Store> open_store(const std::string& data_dir) {
    if (data_dir.empty()) {
        std::cerr << "intake-kiosk: no data directory — the kiosk cannot take intakes without one\n";
        return nullptr;
    }
    try {
        return storage::Store::open(data_dir, {});
    } catch (const storage::StorageError& e) {
        if (e.kind() == storage::ErrorKind::Damaged) throw;
        std::cerr << "intake-kiosk: cannot open the database in " << data_dir << ": " << e.what()
                  << " — the kiosk cannot take intakes without it\n";
        return nullptr;
    }
}

std::string offered_languages(const kiosk::KioskConfig& config) {
    std::string out;
    for (const kiosk::Language& l : config.clinic.languages) out += (out.empty() ? "" : ", ") + l.code;
    return out;
}

}  // namespace

int run_kiosk(const KioskOptions& options) {
    std::optional<kiosk::KioskConfig> config;
    size_t problems = 0;
    if (kiosk::LoadResult loaded = kiosk::load_config(options.config_dir);
        auto* diagnostics = std::get_if<kiosk::Diagnostics>(&loaded)) {
        for (const kiosk::Diagnostic& d : *diagnostics) std::cerr << d.str() << '\n';
        std::cerr << "intake-kiosk: the config in " << options.config_dir
                  << " is invalid; showing the maintenance screen\n";
        problems = diagnostics->size();
    } else {
        config = std::move(std::get<kiosk::KioskConfig>(loaded));
        // Before any thread starts: every date and clock time is the clinic's.
        kiosk::use_time_zone(config->clinic.timezone);
    }
    if (config && !options.lang.empty() && !config->offers(options.lang)) {
        std::cerr << "intake-kiosk: --lang " << options.lang
                  << " is not offered by the clinic (offered: " << offered_languages(*config) << ")\n";
        return 2;
    }
    // A data directory the kiosk cannot write (read-only mount, no
    // permission, a file in its place): said at start, before any window or
    // setup screen, and nothing is created in it (DESIGN §6).
    if (!options.data_dir.empty()) {
        if (const std::optional<std::string> problem = storage::unwritable_data_dir(options.data_dir)) {
            std::cerr << "intake-kiosk: " << *problem << " — the kiosk cannot take intakes; nothing was written\n";
            return 2;
        }
    }

    std::optional<replay::ReplayDriver> driver;
    if (!options.replay_file.empty()) {
        replay::ParseResult parsed = replay::load_script(options.replay_file);
        if (auto* errors = std::get_if<kiosk::Diagnostics>(&parsed)) {
            for (const kiosk::Diagnostic& d : *errors) std::cerr << "intake-kiosk: replay " << d.str() << '\n';
            return 2;
        }
        driver.emplace(std::get<replay::Script>(std::move(parsed)), options.screenshots_dir);
    }

    std::optional<Window> window = Window::open(options.windowed);
    if (!window) {
        std::cerr << kNoDisplay << '\n';
        return 2;
    }
    const ImGuiSession imgui(window->handle());

    std::vector<std::string_view> text = ui::all_ui_text();  // every catalogue text, every language
    if (config) {
        const std::vector<std::string_view> more = ui::config_text(*config);
        text.insert(text.end(), more.begin(), more.end());
    }
    ui::UiTheme theme;
    const std::string warning =
        ui::init_ui_theme(theme, config ? config->clinic.theme : kiosk::Theme{}, window->ui_scale(), text);
    if (!warning.empty()) std::cerr << "intake-kiosk: " << warning << '\n';

    const std::string lang = options.lang.empty() ? "en" : options.lang;
    if (!config) {
        ui::KioskShell shell(ui::MaintenanceView{ui::MaintenanceView::Reason::Config, problems, lang});
        FrameLoop loop(*window, shell, theme, LoopOptions{driver ? &*driver : nullptr, nullptr, options.screenshots_dir});
        return loop.run();
    }

    std::unique_ptr<storage::Store> store;
    std::optional<records::StoreSink> store_sink;
    std::optional<session::IntakeSession> session;
    std::optional<practitioner::PractitionerSession> prac_session;
    std::optional<ui::PractitionerMode> prac_mode;
    const session::SystemClock clock;
    // The kiosk proper over the store: null when there is none to commit to.
    const auto start_session = [&]() -> session::IntakeSession* {
        store = open_store(options.data_dir);
        if (!store) return nullptr;
        store_sink.emplace(*store, *config, [] { return kiosk::unix_now_ms(); });
        session.emplace(*config, clock, *store_sink, [] { return kiosk::new_uuid(); });
        practitioner::PractitionerOptions popts;
        // Only the folder clinic.yaml names: never a default inside the data
        // folder, where a stolen tablet would give readable PDFs away.
        popts.export_dir = config->clinic.export_dir;
        popts.lang = config->clinic.languages.front().code;
        popts.clinic_name = config->clinic.name;
        popts.idle_seconds = config->clinic.timeouts.practitioner_idle_seconds;
        prac_session.emplace(*store, *config, clock, [] { return kiosk::unix_now_ms(); }, popts);
        prac_mode.emplace(*prac_session, clock, config->clinic.name, popts.idle_seconds);
        return &*session;
    };
    const LoopOptions loop_options{driver ? &*driver : nullptr, &clock, options.screenshots_dir};

    if (!options.data_dir.empty() && !storage::Store::exists(options.data_dir)) {
        // First start on an empty data directory: the setup screen (DESIGN §7).
        const std::string setup_lang = options.lang.empty() ? config->clinic.languages.front().code : options.lang;
        ui::KioskShell* setup_shell = nullptr;
        ui::KioskShell shell(ui::SetupView{options.data_dir, setup_lang}, [&]() -> session::IntakeSession* {
            try {
                session::IntakeSession* started = start_session();
                if (started != nullptr && setup_shell != nullptr) setup_shell->set_practitioner(*prac_mode);
                return started;
            } catch (const storage::StorageError& e) {
                std::cerr << "intake-kiosk: " << e.what() << '\n';
                return nullptr;
            }
        });
        setup_shell = &shell;
        FrameLoop loop(*window, shell, theme, loop_options);
        return loop.run();
    }
    try {
        if (start_session() == nullptr) return 2;
    } catch (const storage::StorageError& e) {
        std::cerr << "intake-kiosk: " << e.what() << "; showing the maintenance screen\n";
        ui::KioskShell shell(ui::MaintenanceView{ui::MaintenanceView::Reason::DamagedData, 0, lang});
        FrameLoop loop(*window, shell, theme, LoopOptions{driver ? &*driver : nullptr, nullptr, options.screenshots_dir});
        const int code = loop.run();
        return code == 1 ? 1 : 3;  // damaged data (DESIGN §7)
    }
    ui::KioskShell shell(*session, options.lang);
    shell.set_practitioner(*prac_mode);
    FrameLoop loop(*window, shell, theme, loop_options);
    return loop.run();
}

}  // namespace kiosk::platform
