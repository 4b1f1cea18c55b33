// The baseline for the kiosk's window figures (DESIGN §9): a bare Dear ImGui +
// GLFW + OpenGL 3 window that loads one Inter font and draws a small form.
// --first-frame: exit after the first frame is presented (start-up time);
// otherwise redraw twice a second like a typical ImGui app, until killed.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <cstring>

int main(int argc, char** argv) {
    const bool first_frame_only = argc > 1 && std::strcmp(argv[1], "--first-frame") == 0;
    if (!glfwInit()) return 2;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "bare", nullptr, nullptr);
    if (!window) return 2;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->AddFontFromFileTTF("/usr/share/fonts/opentype/inter/Inter-Regular.otf", 24.0F);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    char name[64] = "";
    bool consent = false;
    int answer = 0;
    while (!glfwWindowShouldClose(window)) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0, 0});
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("form", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::Text("Welcome. A few questions about your skin.");
        ImGui::InputText("First name", name, sizeof name);
        ImGui::RadioButton("Yes", &answer, 1);
        ImGui::SameLine();
        ImGui::RadioButton("No", &answer, 0);
        ImGui::Checkbox("I understand the risks", &consent);
        ImGui::Button("Next", {200, 72});
        ImGui::End();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.97F, 0.95F, 0.93F, 1.0F);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (first_frame_only) break;
        glfwWaitEventsTimeout(0.5);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
