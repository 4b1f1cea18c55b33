#include "platform/kiosk_app.hpp"

#include <iostream>
#include <optional>
#include <variant>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "platform/frame_loop.hpp"
#include "platform/window.hpp"
#include "questionnaire/loader.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "screens/kiosk_shell.hpp"
#include "theme/config_text.hpp"
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
    }
    if (config && !options.lang.empty() && !config->offers(options.lang)) {
        std::cerr << "intake-kiosk: --lang " << options.lang
                  << " is not offered by the clinic (offered: " << offered_languages(*config) << ")\n";
        return 2;
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

    std::vector<std::string_view> text = ui::all_ui_text();
    if (config) {
        const std::vector<std::string_view> more = ui::config_text(*config);
        text.insert(text.end(), more.begin(), more.end());
    }
    ui::UiTheme theme;
    const std::string warning =
        ui::init_ui_theme(theme, config ? config->clinic.theme : kiosk::Theme{}, window->ui_scale(), text);
    if (!warning.empty()) std::cerr << "intake-kiosk: " << warning << '\n';

    const std::string lang = options.lang.empty() ? "en" : options.lang;
    ui::KioskShell shell =
        config ? ui::KioskShell(*config, options.lang) : ui::KioskShell(ui::MaintenanceView{problems, lang});
    FrameLoop loop(*window, shell, theme, LoopOptions{driver ? &*driver : nullptr, options.screenshots_dir});
    return loop.run();
}

}  // namespace kiosk::platform
