package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.advisors.Chambers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chambers and the départements they serve, as configured. */
@RestController
@Tag(name = "Chambres", description = "Les CCI et les départements qu'elles servent")
public class ChambersApi {

  /** A chamber and the départements it serves (the usual chamber or one of them). */
  record ChamberView(String code, String name, List<String> departments) {}

  private final Chambers chambers;

  ChambersApi(Chambers chambers) {
    this.chambers = chambers;
  }

  @GetMapping("/api/chambers")
  @Operation(summary = "Les chambres et leurs départements")
  List<ChamberView> chambers() {
    return chambers.names().entrySet().stream()
        .sorted(Comparator.comparing(chamber -> chamber.getKey()))
        .map(
            chamber ->
                new ChamberView(
                    chamber.getKey(), chamber.getValue(), chambers.departmentsOf(chamber.getKey())))
        .toList();
  }
}
